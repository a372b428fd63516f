// The explorer's only data source: POST /graphql. Each page asks for its data in one request.

export type ApiErrorKind = 'unreachable' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** What the API answered alongside its errors (GraphQL's partial data), when it answered any. */
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[] }[];
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('unreachable', 'The PeerGraph API is not answering. Is the service running?');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError('http', `The API answered HTTP ${response.status} without a GraphQL response.`);
  }
  if (body.errors?.length) {
    throw new ApiError('graphql', body.errors.map((e) => e.message).join('; '), body.data ?? undefined);
  }
  if (!response.ok || body.data == null) {
    throw new ApiError('http', `The API answered HTTP ${response.status}.`);
  }
  return body.data;
}
