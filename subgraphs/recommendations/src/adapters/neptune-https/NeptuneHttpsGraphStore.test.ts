import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQueryError, GraphStoreTimeoutError, GraphStoreUnavailableError } from '../../ports/GraphStore.js';
import { neptuneSigner } from '../aws/sigv4.js';
import { NeptuneHttpsGraphStore } from './NeptuneHttpsGraphStore.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stand-in for Neptune's openCypher endpoint on 127.0.0.1; `reply` decides the answer. */
let server: Server;
let endpoint: string;
let received: Received[] = [];
let reply: (req: Received) => { status: number; body: unknown; delayMs?: number } = () => ({ status: 200, body: { results: [] } });

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const request = { method: req.method!, url: req.url!, headers: req.headers, body };
      received.push(request);
      const answer = reply(request);
      setTimeout(() => {
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const store = (queryTimeoutMs = 2_000) =>
  new NeptuneHttpsGraphStore({ endpoint, signer: neptuneSigner('eu-west-1', credentials), queryTimeoutMs });

describe('NeptuneHttpsGraphStore', () => {
  it('POSTs the query and its parameters to /openCypher, SigV4-signed for neptune-db, and returns `results`', async () => {
    received = [];
    reply = () => ({ status: 200, body: { results: [{ productId: 'p2', score: 1.5 }] } });
    const rows = await store().run('MATCH (p:Product) WHERE p.id IN $ids RETURN p.id AS productId', { ids: ['p1', 'p2'], now: 5, unused: true });
    expect(rows).toEqual([{ productId: 'p2', score: 1.5 }]);

    const [request] = received;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/openCypher');
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request!.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/neptune-db\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
    );
    expect(request!.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    // Re-signing what actually arrived (Host as sent by fetch, the exact body) gives the same signature.
    const signedNames = /SignedHeaders=([^,]+)/.exec(request!.headers.authorization!)![1]!.split(';');
    const amzDate = request!.headers['x-amz-date'] as string;
    const resigned = await neptuneSigner('eu-west-1', credentials).sign(
      {
        method: 'POST',
        protocol: 'http:',
        hostname: '127.0.0.1',
        path: '/openCypher',
        query: {},
        headers: Object.fromEntries(signedNames.filter((n) => !n.startsWith('x-amz-')).map((n) => [n, String(request!.headers[n])])),
        body: request!.body,
      },
      { signingDate: new Date(amzDate.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z')) },
    );
    expect(resigned.headers['authorization']).toBe(request!.headers.authorization);

    const form = new URLSearchParams(request!.body);
    expect(form.get('query')).toBe('MATCH (p:Product) WHERE p.id IN $ids RETURN p.id AS productId');
    expect(JSON.parse(form.get('parameters')!)).toEqual({ ids: ['p1', 'p2'] });
  });

  it('sends no signature when IAM authentication is off', async () => {
    received = [];
    reply = () => ({ status: 200, body: { results: [] } });
    await new NeptuneHttpsGraphStore({ endpoint, queryTimeoutMs: 2_000 }).run('RETURN 1 AS one');
    expect(received[0]!.headers.authorization).toBeUndefined();
  });

  it.each([
    [400, { code: 'MalformedQueryException', detailedMessage: 'Invalid input' }, GraphQueryError],
    [429, { code: 'ThrottlingException' }, GraphStoreUnavailableError],
    [500, { code: 'ConcurrentModificationException' }, GraphStoreUnavailableError],
    [500, { code: 'TimeLimitExceededException' }, GraphStoreTimeoutError],
    [403, { code: 'AccessDeniedException' }, GraphStoreUnavailableError],
  ])('maps HTTP %i %o to the port’s errors', async (status, body, type) => {
    reply = () => ({ status, body });
    await expect(store().run('RETURN 1 AS one')).rejects.toBeInstanceOf(type);
  });

  it('times out a slow answer and reports an unreachable endpoint as unavailable', async () => {
    reply = () => ({ status: 200, body: { results: [] }, delayMs: 500 });
    await expect(store(100).run('RETURN 1 AS one')).rejects.toBeInstanceOf(GraphStoreTimeoutError);
    const nowhere = new NeptuneHttpsGraphStore({ endpoint: 'http://127.0.0.1:1', queryTimeoutMs: 2_000 });
    await expect(nowhere.run('RETURN 1 AS one')).rejects.toBeInstanceOf(GraphStoreUnavailableError);
  });
});
