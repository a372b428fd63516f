import { useEffect, useState } from 'react';
import { graphql } from '../lib/api';

export type QueryState<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'done'; data: T };

/** Runs one GraphQL query for the page, again whenever the variables change; null variables mean "do not ask yet". */
export function useGraphQL<T>(query: string, variables: Record<string, unknown> | null): QueryState<T> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    graphql<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [query, key]);
  return state;
}
