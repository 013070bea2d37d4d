import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@commerce/lib';
import type { WarehouseRegistry } from '../../domain/warehouses.js';
import type { StockBatch, StockSource } from '../../ports/StockSource.js';
import { dropFolderError } from './errors.js';
import { advicesToStock, SOURCE_NAME } from './mapping.js';
import { parse846 } from './parse846.js';

const EDI_FILE = /\.(edi|x12|846|txt)$/i;

/**
 * X12 846 files from a drop folder, oldest name first. Each file is validated as a whole (see
 * parse846) before any of it is applied:
 * - rejected → moved to `rejected/` with `<name>.report.json` listing every reason; nothing applied;
 * - accepted → one batch; moved to `processed/` once the batch is applied. A failure while applying
 *   leaves it in the folder, and the next run applies it again (applying is idempotent).
 * The watermark is not used: a file is consumed once, whatever its dates.
 */
export class EdiDropFolderSource implements StockSource {
  readonly name = SOURCE_NAME;

  constructor(
    private readonly dir: string,
    private readonly warehouses: WarehouseRegistry,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async *changes(): AsyncGenerator<StockBatch> {
    let names: string[];
    try {
      names = (await readdir(this.dir, { withFileTypes: true })).filter((e) => e.isFile() && EDI_FILE.test(e.name)).map((e) => e.name).sort();
    } catch (err) {
      throw dropFolderError(err);
    }
    const knownLocations = this.warehouses.all.flatMap((w) => (w.ediLocation ? [w.ediLocation] : []));
    for (const [i, name] of names.entries()) {
      const path = join(this.dir, name);
      const text = await readFile(path, 'latin1').catch((err: unknown) => {
        throw dropFolderError(err);
      });
      const parsed = parse846(text);
      const mapped = parsed.ok ? advicesToStock(parsed.advices, (location) => this.warehouses.forEdiLocation(location)?.id, knownLocations) : { reasons: parsed.reasons };
      const progress = { done: i + 1, total: names.length };
      if ('reasons' in mapped) {
        await this.moveAside(name, 'rejected', { file: name, rejectedAt: new Date(this.now()).toISOString(), reasons: mapped.reasons });
        this.logger.warn({ file: name, reasons: mapped.reasons }, 'EDI 846 file rejected');
        yield { records: [], malformed: [], rejected: { name, reasons: mapped.reasons }, progress };
        continue;
      }
      yield { records: mapped.records, malformed: [], progress, acknowledge: () => this.moveAside(name, 'processed') };
    }
  }

  private async moveAside(name: string, folder: 'processed' | 'rejected', report?: unknown): Promise<void> {
    try {
      const target = join(this.dir, folder);
      await mkdir(target, { recursive: true });
      // A partner resending a file under the same name must not overwrite the earlier one.
      const taken = await stat(join(target, name)).then(() => true, () => false);
      const final = taken ? `${new Date(this.now()).toISOString().replace(/[:.]/g, '-')}-${name}` : name;
      if (report) await writeFile(join(target, `${final}.report.json`), `${JSON.stringify(report, null, 2)}\n`);
      await rename(join(this.dir, name), join(target, final));
    } catch (err) {
      throw dropFolderError(err);
    }
  }
}
