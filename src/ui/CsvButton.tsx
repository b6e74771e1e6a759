import { catalogCsv } from '../catalog/csv.ts';
import type { CatalogEntry } from '../catalog/types.ts';

/** Downloads the rows on screen as CSV; made on click, in the browser. */
export function CsvButton({ entries }: { entries: readonly CatalogEntry[] }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([catalogCsv(entries)], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'kms-error-codes.csv';
    link.click();
    // The download has started by now; the object URL only needs to outlive the click.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" onClick={download}>
      Download CSV
    </button>
  );
}
