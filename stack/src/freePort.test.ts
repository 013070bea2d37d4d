import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { resolvePorts } from './freePort.js';

describe('resolvePorts', () => {
  it('gives every 0 a different free port and keeps the others', async () => {
    // Found one at a time and closed, 200 ports held a repeat in 17 of 20 tries here.
    const ports = await resolvePorts([...Array.from({ length: 200 }, () => 0), 4000]);
    expect(ports.at(-1)).toBe(4000);
    expect(new Set(ports.slice(0, -1)).size).toBe(200);
    // And they are free again afterwards.
    await new Promise<void>((resolve, reject) => {
      const server = createServer().once('error', reject).listen(ports[0], '127.0.0.1', () => server.close(() => resolve()));
    });
  });
});
