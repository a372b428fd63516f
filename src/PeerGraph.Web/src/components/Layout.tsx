import { useState, type FormEvent, type ReactNode } from 'react';
import { NavLink, useLocation, useNavigate, useSearchParams } from 'react-router';

function SearchBox() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const current = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="search-text" className="visually-hidden">
        Search studies, findings and themes
      </label>
      <input
        id="search-text"
        type="search"
        placeholder="Search studies, findings, themes"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          PeerGraph
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>Studies</NavLink>
          <NavLink to="/map">Evidence map</NavLink>
          <NavLink to="/graph">Graph</NavLink>
          <NavLink to="/network">Themes network</NavLink>
          <NavLink to="/paths">Paths</NavLink>
          <a href="/graphql">GraphiQL</a>
        </nav>
        <SearchBox key={location.pathname === '/search' ? location.search : 'other'} />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        Qualitative research on peer support work in mental health. Data from <a href="/graphql">/graphql</a>; schema at{' '}
        <a href="/graphql/schema.graphql">/graphql/schema.graphql</a>.
      </footer>
    </>
  );
}
