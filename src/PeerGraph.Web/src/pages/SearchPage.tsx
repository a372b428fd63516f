import { Link, useSearchParams } from 'react-router';
import { useGraphQL } from '../components/useGraphQL';
import { Empty, Loaded, useTitle } from '../components/States';
import { highlight } from '../lib/highlight';
import { pageOf } from '../lib/ids';

const SEARCH_QUERY = `query Search($text: String!) {
  search(text: $text, first: 50) {
    score snippet
    node {
      __typename id
      ... on Study { title year }
      ... on Finding { statement study { id title year } theme { name } }
      ... on Theme { name }
    }
  }
}`;

interface Hit {
  score: number;
  snippet: string | null;
  node: { __typename: 'Study' | 'Finding' | 'Theme'; id: string; title?: string; year?: number | null; name?: string; statement?: string; study?: { id: string; title: string; year: number | null }; theme?: { name: string } };
}

function Snippet({ text, query }: { text: string; query: string }) {
  return (
    <p className="snippet">
      {highlight(text, query).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}

function hitTitle(hit: Hit): string {
  const n = hit.node;
  if (n.__typename === 'Study') return `${n.title}${n.year ? ` (${n.year})` : ''}`;
  if (n.__typename === 'Theme') return n.name ?? n.id;
  return `${n.statement}`;
}

const kindNames = { Study: 'Study', Finding: 'Finding', Theme: 'Theme' };

export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  useTitle(q ? `Search: ${q}` : 'Search');
  const state = useGraphQL<{ search: Hit[] }>(SEARCH_QUERY, q ? { text: q } : null);
  if (!q) return <Empty>Type words in the search box to find studies, findings and themes.</Empty>;
  return (
    <>
      <h1>Search: “{q}”</h1>
      <Loaded state={state} what="the search results">
        {({ search }) =>
          search.length === 0 ? (
            <Empty>Nothing matches “{q}”. Every word must appear; try fewer or shorter words.</Empty>
          ) : (
            <ol className="hits" aria-label="Search results">
              {search.map((hit) => (
                <li key={hit.node.id}>
                  <span className={`kind kind-${hit.node.__typename}`}>{kindNames[hit.node.__typename]}</span>{' '}
                  <Link to={pageOf(hit.node.id) ?? '/'}>{hitTitle(hit)}</Link>
                  {hit.node.__typename === 'Finding' && hit.node.study && (
                    <span className="meta"> · in {hit.node.study.title} · theme {hit.node.theme?.name}</span>
                  )}
                  {hit.snippet && <Snippet text={hit.snippet} query={q} />}
                </li>
              ))}
            </ol>
          )
        }
      </Loaded>
    </>
  );
}
