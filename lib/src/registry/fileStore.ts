import { randomUUID } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  RegistryConflictError,
  infoOf,
  mergeUsage,
  subgraphVersionsOf,
  usageKey,
  type NewRegistryVersion,
  type OperationUsage,
  type RegistryVersion,
  type RegistryVersionInfo,
  type SchemaRegistryStore,
} from './types.js';

const VERSION_FILE = /^(\d{10})\.json$/;
const fileName = (version: number) => `${String(version).padStart(10, '0')}.json`;

function isCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

/**
 * The registry as files in one directory (`.data/registry/` in the embedded stack): `versions/` holds one
 * JSON file per version, created with an exclusive hard link so two publishers cannot both write version
 * N, and `usage.json` the recorded operation usage. For one machine; a fleet shares the DynamoDB store.
 */
export class FileRegistryStore implements SchemaRegistryStore {
  private readonly versionsDir: string;
  private readonly usageFile: string;
  /** Usage writes are read-modify-write: one at a time within the process. */
  private usageWrites: Promise<unknown> = Promise.resolve();

  constructor(readonly dir: string) {
    this.versionsDir = join(dir, 'versions');
    this.usageFile = join(dir, 'usage.json');
  }

  async latestVersion(): Promise<number> {
    return (await this.versionNumbers()).at(-1) ?? 0;
  }

  async get(version: number): Promise<RegistryVersion | undefined> {
    try {
      return JSON.parse(await readFile(join(this.versionsDir, fileName(version)), 'utf8')) as RegistryVersion;
    } catch (err) {
      if (isCode(err, 'ENOENT')) return undefined;
      throw err;
    }
  }

  async history(limit = 20): Promise<RegistryVersionInfo[]> {
    const newest = (await this.versionNumbers()).reverse().slice(0, limit);
    const versions = await Promise.all(newest.map((n) => this.get(n)));
    return versions.filter((v): v is RegistryVersion => v !== undefined).map(infoOf);
  }

  async append(next: NewRegistryVersion, expected: number): Promise<RegistryVersion> {
    await mkdir(this.versionsDir, { recursive: true });
    const latest = await this.latestVersion();
    if (latest !== expected) throw new RegistryConflictError(expected, latest);
    const stored: RegistryVersion = {
      ...next,
      version: expected + 1,
      createdAt: new Date().toISOString(),
      subgraphVersions: subgraphVersionsOf(next.subgraphs),
    };
    const temp = join(this.versionsDir, `.${randomUUID()}.tmp`);
    await writeFile(temp, JSON.stringify(stored, null, 2) + '\n');
    try {
      // link() fails when the target exists: the file system's conditional write.
      await link(temp, join(this.versionsDir, fileName(stored.version)));
    } catch (err) {
      if (isCode(err, 'EEXIST')) throw new RegistryConflictError(expected, await this.latestVersion());
      throw err;
    } finally {
      await unlink(temp).catch(() => {});
    }
    return stored;
  }

  recordUsage(batch: readonly OperationUsage[]): Promise<void> {
    const write = this.usageWrites.then(async () => {
      if (batch.length === 0) return;
      const usage = new Map((await this.usage()).map((u) => [usageKey(u), u]));
      for (const entry of batch) mergeUsage(usage, entry);
      await mkdir(this.dir, { recursive: true });
      const temp = `${this.usageFile}.${randomUUID()}.tmp`;
      await writeFile(temp, JSON.stringify([...usage.values()], null, 2) + '\n');
      await rename(temp, this.usageFile);
    });
    this.usageWrites = write.catch(() => {});
    return write;
  }

  async usage(): Promise<OperationUsage[]> {
    try {
      return JSON.parse(await readFile(this.usageFile, 'utf8')) as OperationUsage[];
    } catch (err) {
      if (isCode(err, 'ENOENT')) return [];
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.usageWrites;
  }

  private async versionNumbers(): Promise<number[]> {
    let names: string[];
    try {
      names = await readdir(this.versionsDir);
    } catch (err) {
      if (isCode(err, 'ENOENT')) return [];
      throw err;
    }
    return names
      .map((name) => VERSION_FILE.exec(name)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  }
}
