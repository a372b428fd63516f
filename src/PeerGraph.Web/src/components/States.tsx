import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useGraphQL, type QueryState } from './useGraphQL';
import { ApiError } from '../lib/api';

/**
 * Whether a page's query failed because its record does not exist: a filter naming the unknown id may fail the whole
 * query (the API reports the id, and a non-null field's error nulls the data). Asks the record alone, only then.
 */
export function useMissingRecord(state: QueryState<unknown>, field: 'theme' | 'stakeholderGroup', id: string): 'missing' | 'checking' | null {
  const failed = state.status === 'error' && state.error instanceof ApiError && state.error.kind === 'graphql';
  const check = useGraphQL<Record<string, unknown>>(`query Exists($id: ID!) { ${field}(id: $id) { id } }`, failed ? { id } : null);
  if (!failed) return null;
  if (check.status === 'loading') return 'checking';
  return check.status === 'done' && check.data[field] === null ? 'missing' : null;
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorView({ error }: { error: Error }) {
  return (
    <div className="state error" role="alert">
      <h1>Something went wrong</h1>
      <p>{error.message}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </p>
    </div>
  );
}

export function NotFound({ what, id }: { what: string; id?: string }) {
  return (
    <div className="state not-found" role="alert">
      <h1>No such {what}</h1>
      <p>{id ? <>There is no {what} with the id <code>{id}</code>.</> : <>This address is not a page of the explorer.</>}</p>
      <p>
        <Link to="/">Back to the studies</Link>
      </p>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

/** The loading and error states of a page's query; the page renders its data otherwise. */
export function Loaded<T>({ state, what, children }: { state: QueryState<T>; what: string; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error') return <ErrorView error={state.error} />;
  return <>{children(state.data)}</>;
}

export function useTitle(title: string | null) {
  useEffect(() => {
    document.title = title ? `${title} · PeerGraph` : 'PeerGraph explorer';
  }, [title]);
}
