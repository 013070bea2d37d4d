import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T | null; errors?: GraphQLFormattedError[] };
}

/** POSTs an operation to a GraphQL endpoint the way a storefront head does. */
export async function post<T = Record<string, any>, V = Record<string, unknown>>(
  url: string,
  query: string | TypedDocumentNode<T, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse<T>['body'] };
}
