import type { CatalogFacts } from '../../catalog/types.ts';
import { useText } from '../../app/pageText.ts';
import { downloadText } from '../shared/download.ts';
import { loadCatalog, loadViewText } from '../text/loaders.ts';

/**
 * Downloads the rows on screen as CSV, in the page's language; the CSV writer and the guidance it includes
 * load on click.
 */
export function CsvButton({ entries }: { entries: readonly CatalogFacts[] }) {
  const { lang, ui } = useText();
  const download = async () => {
    const [{ catalogCsv }, catalog, words] = await Promise.all([
      import('../../catalog/csv.ts'),
      loadCatalog(lang),
      loadViewText(lang),
    ]);
    // The rows in the order the table shows them.
    const byCode = new Map(catalog.map((entry) => [entry.code, entry]));
    const rows = entries.flatMap((entry) => byCode.get(entry.code) ?? []);
    downloadText(catalogCsv(rows, words.catalog), ui.explorer.csvFile);
  };
  return (
    <button type="button" onClick={() => void download()}>
      {ui.explorer.downloadCsv}
    </button>
  );
}
