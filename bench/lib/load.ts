import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** Request bodies, sent in turn across all connections. */
  bodies: string[];
  connections: number;
  seconds: number;
}

export interface LoadResult {
  /** Responses received within the cell. */
  requests: number;
  /** Requests sent, including those still in flight when the cell ended (the target still serves them). */
  sent: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses with a status outside 2xx. */
  non2xx: number;
  /** Responses whose body carries a top-level `errors` member (GraphQL errors, partial or total). */
  graphqlErrors: number;
  /** Connection errors and timeouts. */
  socketErrors: number;
}

/**
 * Closed-loop load: `connections` keep-alive connections, each sending the next request as soon as the
 * previous response is complete, for `seconds`. Latencies are recorded per response (autocannon's own
 * summary has no p95). autocannon buffers every body anyway, so looking for `"errors":` in it is cheap;
 * inside a JSON string the quotes would be escaped, so only a member name can match.
 */
export async function drive(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  // One counter for all connections: each request takes the next body, so connections do not march in step.
  let next = 0;
  const bodies = options.bodies;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        verifyBody: (body) => !String(body).includes('"errors":'),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]! : NaN);
  return {
    requests: latencies.length,
    sent: (result.requests as { sent?: number }).sent ?? latencies.length,
    rps: latencies.length / (result.duration || options.seconds),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    socketErrors: result.errors,
  };
}
