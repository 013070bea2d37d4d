import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePorts } from '../../stack/src/freePort.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const execFileAsync = promisify(execFile);
const STACK_PORTS = [
  'PORT',
  'CATALOG_PORT',
  'RECOMMENDATIONS_PORT',
  'INVENTORY_PORT',
  'ORDERS_PORT',
  'FULFILLMENT_PORT',
  'DYNAMODB_PORT',
  'ISSUER_PORT',
  'SP_API_SIMULATOR_PORT',
  'ERP_SIMULATOR_PORT',
];

export interface StackProcess {
  /** For example http://localhost:PORT/graphql */
  gatewayUrl: string;
  spApiSimulatorUrl: string;
  /** The embedded DynamoDB (dynalite) the services share. */
  dynamoEndpoint: string;
  /** The ERP simulator's OData service root (its control API is under /_simulator). */
  erpODataUrl: string;
  dataDir: string;
  /** Every port the stack listens on, by its variable (CATALOG_PORT…). */
  ports: Record<string, number>;
  output: () => string;
  /** Ctrl-C, as a developer would; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Runs `npm run simulator -- <args>` against a stack's SP-API simulator, as a developer would. */
export async function simulator(url: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', 'subgraphs/fulfillment/src/adapters/simulator/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, SIMULATOR_URL: url },
  });
  return stdout;
}

/** Runs `npm run token` against a stack's data directory, as a developer would. */
export async function mintToken(dataDir: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', 'stack/src/token.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
  });
  return stdout.trim();
}

/**
 * Starts the stack exactly as `npm start` does (same entry, same defaults) but on free ports, in a
 * throwaway data directory and without the anonymous rate limit (tests send bursts from one address),
 * and waits for its "Gateway ready at" line.
 */
export async function startStack(env: Record<string, string> = {}, dataDir?: string): Promise<StackProcess> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'commerce-stack-')));
  // All found here at once, so that they differ and the caller knows them.
  const found = await resolvePorts(STACK_PORTS.map((name) => Number(env[name] ?? 0)));
  const ports = Object.fromEntries(STACK_PORTS.map((name, i) => [name, found[i]!]));
  const child = spawn(process.execPath, ['--import', 'tsx', 'stack/src/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dir,
      RATE_LIMIT_ANONYMOUS: '0',
      ...env,
      ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const gatewayUrl = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /Gateway ready at (\S+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`stack exited with code ${code} before it was ready:\n${output}`));
    });
  });

  return {
    gatewayUrl,
    spApiSimulatorUrl: /Amazon SP-API simulator at (\S+?);/.exec(output)![1]!,
    dynamoEndpoint: /DynamoDB \(dynalite\) at (\S+?),/.exec(output)![1]!,
    erpODataUrl: /ERP simulator \(SAP-style OData, simulated stock\) at (\S+)/.exec(output)![1]!,
    dataDir: dir,
    ports,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      const code = await exited;
      if (!dataDir) await rm(dir, { recursive: true, force: true });
      return code;
    },
  };
}
