import { createServer, type Server } from 'node:net';

/** Resolves `0` to a port that is free right now; any other port is returned as is. */
export async function resolvePort(port: number): Promise<number> {
  return (await resolvePorts([port]))[0]!;
}

/**
 * Resolves every `0` to a port that is free right now, all different: each is held open until all
 * are found, because a port found and closed one at a time can be handed out again by the next.
 */
export async function resolvePorts(ports: readonly number[]): Promise<number[]> {
  const servers: Server[] = [];
  try {
    return await Promise.all(
      ports.map(async (port) => {
        if (port !== 0) return port;
        const server = createServer();
        servers.push(server);
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, '127.0.0.1', resolve);
        });
        return (server.address() as { port: number }).port;
      }),
    );
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}
