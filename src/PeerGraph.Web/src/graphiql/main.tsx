import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { HISTORY_PLUGIN } from '@graphiql/plugin-history';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { examples } from './examples';

const endpoint = new URL('/graphql', window.location.href).toString();
const fetcher = createGraphiQLFetcher({ url: endpoint });
const explorer = explorerPlugin();

// A link opened as /graphql?query=... starts with that query in its own tab.
const params = new URLSearchParams(window.location.search);
const sharedQuery = params.get('query');
const tabs = examples.map((example) => ({ query: example.query, headers: example.headers }));
if (sharedQuery) {
  tabs.unshift({ query: sharedQuery, headers: undefined });
}

function PeerGraphIde() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[HISTORY_PLUGIN, explorer]}
      defaultTabs={tabs}
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <a href="/" className="peergraph-home">PeerGraph</a>{' '}
        <a href="/graphql/schema.graphql" className="peergraph-sdl" target="_blank" rel="noreferrer">
          schema.graphql
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <PeerGraphIde />
  </StrictMode>,
);
