import type { CatalogEntry } from './types.ts';

const COLUMNS = [
  'code',
  'httpStatus',
  'message',
  'category',
  'actor',
  'retry',
  'aliases',
  'meaning',
] as const;

/** RFC 4180 CSV of entries: one header row, then one row per entry; aliases joined by spaces. */
export function catalogCsv(entries: readonly CatalogEntry[]): string {
  const rows = entries.map((entry) =>
    [
      entry.code,
      entry.httpStatus === null ? '' : String(entry.httpStatus),
      entry.messages[0]?.text ?? '',
      entry.category,
      entry.actor,
      entry.retry,
      entry.aliases.map((alias) => alias.code).join(' '),
      entry.meaning,
    ].map(csvField),
  );
  return [COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n';
}

/** Quotes a field when it holds a comma, quote or line break; leading =+-@ are defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
