/**
 * Posts a GraphQL operation over real HTTP and returns the parsed JSON body. `operationName` picks one
 * operation of a document that holds several.
 */
export async function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

/** Like postGraphql, with the HTTP status beside the body: for tests of errors that choose their status. */
export async function postGraphqlWithStatus(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: { data?: any; errors?: any[] } }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}
