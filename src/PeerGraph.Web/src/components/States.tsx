import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { QueryState } from './useGraphQL';
import { ApiError } from '../lib/api';

/**
 * Whether a failed query found that the page's record does not exist: the API answered the record's field with null
 * (a filter naming the unknown id may have raised the error).
 */
export function missingRecord(state: QueryState<unknown>, field: string): boolean {
  if (state.status !== 'error' || !(state.error instanceof ApiError) || state.error.kind !== 'graphql') return false;
  const data = state.error.data as Record<string, unknown> | undefined;
  return data !== undefined && data !== null && data[field] === null;
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
