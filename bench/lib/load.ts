import autocannon from 'autocannon';

/**
 * One step of a flow: a request whose variables may come from earlier answers on the same connection
 * (the cart a shopper created), kept in that connection's context.
 */
export interface FlowStep {
  body(context: FlowContext): string;
  /** Takes what later steps need from this step's answer data. */
  keep?(data: Record<string, unknown>, context: FlowContext): void;
}
export type FlowContext = Record<string, unknown>;

/**
 * What a drive sends: bodies taken in turn across all connections, or a flow that each connection
 * walks through from the start again and again, as one shopper after another would.
 */
export type Requests = { bodies: string[] } | { flow: FlowStep[] };

export interface LoadOptions {
  url: string;
  requests: Requests;
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
  /** Responses with a top-level `errors` member (GraphQL errors, partial or total) or an error result (`CartError`…). */
  graphqlErrors: number;
  /** Connection errors and timeouts. */
  socketErrors: number;
}

/** One drive's result with every response's latency (ms, ascending), so that drives can be pooled. */
export interface Drive extends LoadResult {
  latencies: number[];
  seconds: number;
}

/** The value at quantile `q` of ascending values (nearest rank). */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;

/** Several drives of one target as one: counts summed, percentiles over all their responses. */
export function pool(drives: readonly Drive[]): LoadResult {
  const latencies = drives.flatMap((d) => d.latencies).sort((a, b) => a - b);
  const seconds = drives.reduce((sum, d) => sum + d.seconds, 0);
  const sum = (key: 'sent' | 'non2xx' | 'graphqlErrors' | 'socketErrors') => drives.reduce((total, d) => total + d[key], 0);
  return {
    requests: latencies.length,
    sent: sum('sent'),
    rps: latencies.length / (seconds || 1),
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    non2xx: sum('non2xx'),
    graphqlErrors: sum('graphqlErrors'),
    socketErrors: sum('socketErrors'),
  };
}

const cursors = new WeakMap<string[], number>();

/**
 * A failed answer: GraphQL errors, or a mutation's error result such as `CheckoutError` (its
 * `__typename`). Inside a JSON string the quotes would be escaped, so only member names can match.
 */
const FAILED = /"errors":|"__typename":"\w+Error"/;
export const isFailedBody = (body: string) => FAILED.test(body);

type AutocannonRequest = NonNullable<autocannon.Options['requests']>[number];

function autocannonRequests(requests: Requests, next: () => string): AutocannonRequest[] {
  if ('bodies' in requests) return [{ method: 'POST', setupRequest: (request) => ({ ...request, body: next() }) }];
  return requests.flow.map((step) => ({
    method: 'POST',
    setupRequest: (request, context) => ({ ...request, body: step.body(context as FlowContext) }),
    onResponse: (_status, body, context) => {
      if (!step.keep) return;
      try {
        const { data } = JSON.parse(body) as { data?: Record<string, unknown> };
        if (data) step.keep(data, context as FlowContext);
      } catch {
        // A body that is not JSON is already a failed response; the next step fails with it.
      }
    },
  }));
}

/**
 * Closed-loop load: `connections` keep-alive connections, each sending the next request as soon as the
 * previous response is complete, for `seconds`. Latencies are recorded per response (autocannon's own
 * summary has no p95). autocannon buffers every body anyway, so checking it for failure is cheap.
 */
export async function drive(options: LoadOptions): Promise<Drive> {
  const latencies: number[] = [];
  // One counter for all connections: each request takes the next body, so connections do not march in
  // step. It carries on from the previous drive over the same bodies, whichever target that was: restarted
  // at 0, every drive of cart add would add to the same first carts until they were full.
  const bodies = 'bodies' in options.requests ? options.requests.bodies : [];
  let next = cursors.get(bodies) ?? 0;
  const started = performance.now();
  let lastResponse = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: autocannonRequests(options.requests, () => bodies[next++ % bodies.length]!),
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        verifyBody: (body) => !isFailedBody(String(body)),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      latencies.push(ms);
      lastResponse = performance.now();
    });
  });
  cursors.set(bodies, next % bodies.length);
  latencies.sort((a, b) => a - b);
  // Throughput over the time until the last response, not the drive's length: a request still in
  // flight when the drive stops is not counted, and at one connection and 150 ms a request that was
  // up to 15 % of a one-second drive, drawn at random for each target.
  const seconds = latencies.length > 0 ? (lastResponse - started) / 1000 : result.duration || options.seconds;
  return {
    latencies,
    seconds,
    requests: latencies.length,
    sent: (result.requests as { sent?: number }).sent ?? latencies.length,
    rps: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    socketErrors: result.errors,
  };
}
