import type { MalformedRecord, SourceStock } from '../domain/models.js';

/** A part of a source's changes, applied as a whole before the next is asked for. */
export interface StockBatch {
  records: SourceStock[];
  malformed: MalformedRecord[];
  /** How far the source is, for progress lines of a full sync (`total` when the source knows it). */
  progress?: { done: number; total?: number };
  /** The latest source change time this batch includes; the next sync starts from the highest seen. */
  watermark?: string;
  /** A whole unit of input the source refused (an EDI file), already moved aside with its report. */
  rejected?: { name: string; reasons: string[] };
  /** Called once the batch is applied, for example to move an EDI file to `processed/`. */
  acknowledge?(): Promise<void>;
}

/**
 * A system of record for stock: an ERP over OData, a partner's EDI 846 files, ... Adapters translate
 * their vendor's shapes and errors here; a failure to reach the source is a StockSourceUnavailable.
 */
export interface StockSource {
  /** For example `erp-odata`; kept on every figure it supplied. */
  readonly name: string;
  /** Changes since `watermark` (every figure when null), in batches. */
  changes(watermark: string | null, signal?: AbortSignal): AsyncIterable<StockBatch>;
}

export class StockSourceUnavailable extends Error {
  override name = 'StockSourceUnavailable';
  constructor(
    readonly source: string,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
