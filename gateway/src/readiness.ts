export interface SubgraphTarget {
  name: string;
  url: string;
}

export interface Readiness {
  ready: boolean;
  subgraphs: { name: string; ok: boolean; error?: string }[];
}

/** Ready when every subgraph answers a trivial query within the timeout. */
export async function checkSubgraphs(
  targets: readonly SubgraphTarget[],
  timeoutMs: number,
  headers: () => Record<string, string>,
): Promise<Readiness> {
  const subgraphs = await Promise.all(
    targets.map(async ({ name, url }) => {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers() },
          body: JSON.stringify({ query: '{ __typename }' }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const body = (await res.json()) as { data?: { __typename?: string } };
        return body.data?.__typename ? { name, ok: true } : { name, ok: false, error: `HTTP ${res.status}` };
      } catch (err) {
        return { name, ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    }),
  );
  return { ready: subgraphs.length > 0 && subgraphs.every((s) => s.ok), subgraphs };
}
