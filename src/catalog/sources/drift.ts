// What a new revision of a source document changes against what the catalog rests on: the drift check
// behind `npm run sources:check`. Pure: the script reads the file, this compares.
import { createResolver } from '../lookup.ts';
import type { CatalogFacts } from '../types.ts';
import { operationErrors } from './extracts.ts';
import type { ErrorRow, OperationError, ParsedDocument } from './parse.ts';

export interface Drift {
  /** Codes the document lists that the base does not (under any spelling); `known` if the catalog has them. */
  readonly added: readonly (ErrorRow & { readonly known: boolean })[];
  /** Codes of the base the document no longer lists under any spelling. */
  readonly removed: readonly string[];
  readonly statusChanged: readonly { code: string; from: readonly number[]; to: readonly number[] }[];
  readonly wordingChanged: readonly { code: string; from: readonly string[]; to: readonly string[] }[];
  /** A code written another way than the base writes it: a misspelling fixed, or one introduced. */
  readonly spelling: readonly { code: string; base: string; written: string; fixed: boolean }[];
  /** Per code, operations that now list or no longer list it (the OpenAPI error list only). */
  readonly operations: readonly { code: string; added: readonly string[]; removed: readonly string[] }[];
}

type Row = ErrorRow & { readonly operations?: readonly string[] };

/** Compares a document's rows with the base's, codes matched through the catalog's spellings. */
export function drift(
  base: readonly Row[],
  incoming: readonly Row[],
  catalog: readonly CatalogFacts[],
): Drift {
  const resolve = createResolver(catalog);
  const canonical = (code: string) => resolve(code)?.entry.code ?? code;
  const group = (rows: readonly Row[]) => {
    const byCode = new Map<string, Row[]>();
    for (const row of rows)
      byCode.set(canonical(row.code), [...(byCode.get(canonical(row.code)) ?? []), row]);
    return byCode;
  };
  const before = group(base);
  const after = group(incoming);
  const sorted = <T>(items: Iterable<T>) => [...new Set(items)].sort() as T[];
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.join('\n') === b.join('\n');

  const result: { [K in keyof Drift]: Drift[K][number][] } = {
    added: [],
    removed: [],
    statusChanged: [],
    wordingChanged: [],
    spelling: [],
    operations: [],
  };
  for (const [code, rows] of after) {
    const was = before.get(code);
    if (!was) {
      for (const row of rows) result.added.push({ ...row, known: resolve(row.code) !== undefined });
      continue;
    }
    const [from, to] = [sorted(was.map((r) => r.status)), sorted(rows.map((r) => r.status))];
    if (!same(from, to)) result.statusChanged.push({ code, from, to });
    const [said, says] = [sorted(was.map((r) => r.message)), sorted(rows.map((r) => r.message))];
    if (!same(said, says)) result.wordingChanged.push({ code, from: said, to: says });
    const [spelt, spells] = [sorted(was.map((r) => r.code)), sorted(rows.map((r) => r.code))];
    for (const written of spells.filter((s) => !spelt.includes(s)))
      result.spelling.push({ code, base: spelt.join(', '), written, fixed: written === code });
    const [listed, lists] = [
      sorted(was.flatMap((r) => r.operations ?? [])),
      sorted(rows.flatMap((r) => r.operations ?? [])),
    ];
    if (!same(listed, lists))
      result.operations.push({
        code,
        added: lists.filter((op) => !listed.includes(op)),
        removed: listed.filter((op) => !lists.includes(op)),
      });
  }
  for (const code of before.keys()) if (!after.has(code)) result.removed.push(code);
  return result;
}

/** The catalog's record of the newest common-errors revision, as rows spelt as that revision spells them. */
export function catalogPageRows(catalog: readonly CatalogFacts[]): ErrorRow[] {
  return catalog
    .filter((entry) => entry.revisions.includes('newer'))
    .map((entry) => {
      const message = entry.messages.find((m) =>
        m.sources.some((s) => s.kind === 'page' && s.revision === 'newer' && s.place === 'table'),
      );
      const spelt = entry.aliases.find((alias) => alias.documentedIn.includes('newer'))?.code ?? entry.code;
      return { code: spelt, message: message?.text ?? '', status: entry.httpStatus ?? 0 };
    });
}

/** Compares a parsed document with the catalog's record of the same document. */
export function driftAgainstCatalog(
  parsed: Extract<ParsedDocument, { ok: true }>,
  catalog: readonly CatalogFacts[],
): Drift {
  if (parsed.kind === 'common-errors') return drift(catalogPageRows(catalog), parsed.page.table, catalog);
  return drift(operationErrors.errors.map(asRow), parsed.errors.map(asRow), catalog);
}

function asRow(error: OperationError): Row {
  return { code: error.code, message: error.message, status: error.httpStatus, operations: error.operations };
}

/** The drift as lines for a person, or none when nothing changed. */
export function describeDrift(found: Drift): string[] {
  const list = (items: readonly string[]) => items.join(', ');
  return [
    ...found.added.map(
      (row) =>
        `added: ${row.code} (${row.status}, "${row.message}")${row.known ? '' : ' — not in the catalog: it needs an entry'}`,
    ),
    ...found.removed.map((code) => `removed: ${code}`),
    ...found.statusChanged.map(
      (c) => `status: ${c.code} was ${list(c.from.map(String))}, now ${list(c.to.map(String))}`,
    ),
    ...found.wordingChanged.map(
      (c) => `wording: ${c.code} was "${c.from.join('" / "')}", now "${c.to.join('" / "')}"`,
    ),
    ...found.spelling.map((s) =>
      s.fixed
        ? `spelling fixed: ${s.base} is now written ${s.written}`
        : `spelling: ${s.code} is written ${s.written} (the base writes ${s.base})`,
    ),
    ...found.operations.map(
      (c) =>
        `operations: ${c.code}${c.added.length ? ` now listed by ${list(c.added)}` : ''}${c.removed.length ? ` no longer listed by ${list(c.removed)}` : ''}`,
    ),
  ];
}
