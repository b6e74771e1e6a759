import type { CatalogFacts } from '../../catalog/types.ts';
import { downloadText } from '../shared/download.ts';

/** Downloads the rows on screen as CSV; the CSV writer and the guidance it includes load on click. */
export function CsvButton({ entries }: { entries: readonly CatalogFacts[] }) {
  const download = async () => {
    const [{ catalogCsv }, { catalog }] = await Promise.all([
      import('../../catalog/csv.ts'),
      import('../../catalog/catalog.ts'),
    ]);
    // The rows in the order the table shows them.
    const byCode = new Map(catalog.map((entry) => [entry.code, entry]));
    const rows = entries.flatMap((entry) => byCode.get(entry.code) ?? []);
    downloadText(catalogCsv(rows), 'kms-error-codes.csv');
  };
  return (
    <button type="button" onClick={() => void download()}>
      Download CSV
    </button>
  );
}
