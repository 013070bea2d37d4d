import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePort } from './freePort.js';
import { startService, type RunningService } from './service.js';

// A service that answers /readyz 503 until READY_AFTER_MS, with a progress count that moves only if PROGRESS is set.
const fixture = `
import { createServer } from 'node:http';
const started = Date.now();
createServer((req, res) => {
  const elapsed = Date.now() - started;
  if (elapsed >= Number(process.env.READY_AFTER_MS)) return res.end('{"status":"ready"}');
  res.statusCode = 503;
  res.end(JSON.stringify({ status: 'starting', indexed: process.env.PROGRESS ? Math.floor(elapsed / 100) : 0 }));
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

let dir: string;
let running: RunningService | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'service-test-'));
  await writeFile(join(dir, 'service.mjs'), fixture);
});
afterAll(async () => {
  await running?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string>) {
  const port = await resolvePort(0);
  return startService(
    {
      name: 'indexer',
      entry: join(dir, 'service.mjs'),
      env: { PORT: String(port), READY_AFTER_MS: '3000', ...env },
      readyUrl: `http://127.0.0.1:${port}/readyz`,
      readyTimeoutMs: 1500,
      logFile: join(dir, 'indexer.log'),
    },
    () => {},
  );
}

describe('starting a service', () => {
  it('waits past the timeout for a service that reports progress', async () => {
    running = await start({ PROGRESS: '1' });
    expect(running.child.exitCode).toBeNull();
    await running.stop();
    running = undefined;
  });

  it('gives up on one whose progress stands still, naming what it last said', async () => {
    await expect(start({})).rejects.toThrow(/indexer was not ready within 1\.5 s \(last said: \{"status":"starting","indexed":0\}\)/);
  });
});
