import { CSV_COLUMNS, type CatalogText, type CsvColumn } from './text/catalogText.ts';
import type { CatalogEntry } from './types.ts';

/**
 * RFC 4180 CSV of entries, in the language of `words`: one header row, then one row per entry; aliases
 * joined by spaces.
 */
export function catalogCsv(entries: readonly CatalogEntry[], words: CatalogText): string {
  const { headers, labels } = words.csv;
  const columns = CSV_COLUMNS.filter((column) => headers[column] !== undefined);
  const cell = (entry: CatalogEntry, column: CsvColumn): string => {
    switch (column) {
      case 'code':
        return entry.code;
      case 'httpStatus':
        return entry.httpStatus === null ? '' : String(entry.httpStatus);
      case 'message':
        return entry.messages[0]?.text ?? '';
      case 'says':
        return entry.says ?? '';
      case 'category':
        return labels ? words.category[entry.category] : entry.category;
      case 'actor':
        return labels ? words.actor[entry.actor] : entry.actor;
      case 'retry':
        return labels ? words.retry[entry.retry] : entry.retry;
      case 'aliases':
        return entry.aliases.map((alias) => alias.code).join(' ');
      case 'meaning':
        return entry.meaning;
    }
  };
  const rows = entries.map((entry) => columns.map((column) => csvField(cell(entry, column))).join(','));
  const header = columns.map((column) => csvField(headers[column]!)).join(',');
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** Quotes a field when it holds a comma, quote or line break; leading =+-@ are defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
