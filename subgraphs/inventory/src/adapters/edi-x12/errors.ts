import { StockSourceUnavailable } from '../../ports/StockSource.js';
import { SOURCE_NAME } from './mapping.js';

/** File-system failures of the drop folder in our terms (the path and errno go to the log only). */
export function dropFolderError(err: unknown): StockSourceUnavailable {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new StockSourceUnavailable(SOURCE_NAME, 'the EDI drop folder does not exist', false);
  if (code === 'EACCES' || code === 'EPERM') return new StockSourceUnavailable(SOURCE_NAME, 'the EDI drop folder cannot be read or written', false);
  return new StockSourceUnavailable(SOURCE_NAME, 'the EDI drop folder cannot be read', true);
}
