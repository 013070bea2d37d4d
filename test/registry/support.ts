import { readFileSync } from 'node:fs';
import { post } from '../support/http.js';

export const catalogSdl = readFileSync(new URL('../../subgraphs/catalog/schema.graphql', import.meta.url), 'utf8');

/** The SDL without one field of one type: what a subgraph owner removing (or not yet adding) it publishes. */
export function withoutField(sdl: string, typeHeader: string, field: string): string {
  const start = sdl.indexOf(typeHeader);
  const end = sdl.indexOf('\n}', start);
  if (start < 0 || end < 0) throw new Error(`no ${typeHeader} in the SDL`);
  const lines = sdl.slice(start, end).split('\n');
  const kept = lines.filter((line) => !new RegExp(`^\\s+${field}\\s*[(:]`).test(line));
  if (kept.length !== lines.length - 1) throw new Error(`${typeHeader} has no single field ${field}`);
  return sdl.slice(0, start) + kept.join('\n') + sdl.slice(end);
}

export interface LoadReport {
  requests: number;
  failures: string[];
}

/**
 * `workers` clients sending `query` back to back until stopped; a request fails when it is not HTTP 200
 * with data and no errors.
 */
export function startLoad(url: string, query: string, variables: Record<string, unknown>, workers = 8) {
  let running = true;
  const report: LoadReport = { requests: 0, failures: [] };
  const worker = async () => {
    while (running) {
      try {
        const { status, body } = await post(url, query, variables);
        report.requests += 1;
        if (status !== 200 || body.errors || !body.data) report.failures.push(`HTTP ${status} ${JSON.stringify(body.errors ?? body)}`);
      } catch (err) {
        report.requests += 1;
        report.failures.push(String(err));
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, worker));
  return {
    report,
    async stop(): Promise<LoadReport> {
      running = false;
      await done;
      return report;
    },
  };
}

/** Polls until `attempt` returns true; the time it took, in ms. */
export async function waitFor(attempt: () => Promise<boolean>, timeoutMs: number, everyMs = 25): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await attempt()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}
