/**
 * The floor as an HTTP target, so the same load generator measures it the same way as the gateways:
 * takes the same request body, looks up the operation's query plan (fetched from our gateway before the
 * run) and performs its subgraph fetches directly over keep-alive connections. No parsing, validation,
 * planning or response shaping: what remains is the client hop, JSON and the subgraphs themselves.
 *
 * Env: PORT, ROUTER_SECRET, PLANS_PATH (JSON: operation name → plan), SUBGRAPH_<NAME>_URL.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { principalHeaders } from '@commerce/lib';
import { Agent, request } from 'undici';
import { answerCounters } from '../targets/ipc.js';
import { executePlan, type QueryPlan, type SubgraphResult } from './executor.js';

const env = (name: string) => process.env[name] ?? (() => { throw new Error(`${name} is required`); })();
const routerSecret = env('ROUTER_SECRET');
const plans = JSON.parse(readFileSync(env('PLANS_PATH'), 'utf8')) as Record<string, QueryPlan>;
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 256 });
const counters = answerCounters();

async function send(service: string, body: object): Promise<SubgraphResult> {
  counters.fetches++;
  const { statusCode, body: response } = await request(env(`SUBGRAPH_${service.toUpperCase()}_URL`), {
    method: 'POST',
    dispatcher: agent,
    headers: {
      'content-type': 'application/json',
      ...principalHeaders({ kind: 'anonymous', scopes: [], requestId: 'floor' }, routerSecret),
    },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as SubgraphResult;
  if (statusCode >= 300) return { errors: [{ message: `${service} answered HTTP ${statusCode}` }, ...(result.errors ?? [])] };
  return result;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    void (async () => {
      try {
        const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName: string; variables?: Record<string, unknown> };
        const plan = plans[operationName];
        if (!plan) throw new Error(`no plan for operation ${operationName}`);
        const result = await executePlan(plan, variables ?? {}, send);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      } catch (err) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(err) }] }));
      }
      counters.answered++;
    })();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(env('PORT')), '127.0.0.1', () => console.log(`floor ready on port ${env('PORT')}`));
