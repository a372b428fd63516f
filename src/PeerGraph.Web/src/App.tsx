import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { Loading, NotFound } from './components/States';
import { HomePage } from './pages/HomePage';
import { StudyPage } from './pages/StudyPage';
import { ThemePage } from './pages/ThemePage';
import { GroupPage } from './pages/GroupPage';
import { SearchPage } from './pages/SearchPage';
import { MapPage } from './pages/MapPage';

// The drawing pages carry cytoscape.js: loaded only when one of them is opened.
const GraphPage = lazy(() => import('./pages/GraphPage'));
const NetworkPage = lazy(() => import('./pages/NetworkPage'));
const PathsPage = lazy(() => import('./pages/PathsPage'));

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading what="the drawing" />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/studies/:id" element={<StudyPage />} />
          <Route path="/themes/:id" element={<ThemePage />} />
          <Route path="/groups/:id" element={<GroupPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/map" element={<MapPage />} />
          <Route path="/graph" element={<GraphPage />} />
          <Route path="/network" element={<NetworkPage />} />
          <Route path="/paths" element={<PathsPage />} />
          <Route path="*" element={<NotFound what="page" />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
