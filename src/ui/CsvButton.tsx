import { catalogCsv } from '../catalog/csv.ts';
import type { CatalogEntry } from '../catalog/types.ts';
import { downloadText } from './download.ts';

/** Downloads the rows on screen as CSV. */
export function CsvButton({ entries }: { entries: readonly CatalogEntry[] }) {
  return (
    <button type="button" onClick={() => downloadText(catalogCsv(entries), 'kms-error-codes.csv')}>
      Download CSV
    </button>
  );
}
