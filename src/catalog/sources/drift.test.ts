import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog.ts';
import { catalogPageRows, describeDrift, drift, driftAgainstCatalog } from './drift.ts';
import { commonErrors, operationErrors } from './extracts.ts';
import { parseDocument, type ErrorRow } from './parse.ts';

// The older revision laid out as that page is (a text table), from its extract: no prose is needed.
const asTextPage = (rows: readonly ErrorRow[]) =>
  [
    'Error code Error message HTTP status code',
    ...rows.map((r) => `${r.code} ${r.message} ${r.status}`),
  ].join('\n');
const asMarkdownPage = (rows: readonly ErrorRow[]) =>
  [
    '|Error code|Error message|HTTP status code|',
    '|:---|:---|:---|',
    ...rows.map((r) => `|${r.code}|${r.message.replace(/>/g, '\\>')}|${r.status}|`),
  ].join('\n');
const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

describe('the drift check', () => {
  it("takes the newer revision's table as the catalog's record of the page", () => {
    expect(catalogPageRows(catalog).sort(byCode)).toEqual([...commonErrors.newer.table].sort(byCode));
  });

  it('finds exactly the known differences when fed the older revision against the newer', () => {
    const parsed = parseDocument(asTextPage(commonErrors.older.table));
    if (!parsed.ok) throw new Error(parsed.reason);
    const found = driftAgainstCatalog(parsed, catalog);
    // What the catalog records of the two revisions: codes only the newer lists, spellings only the older used.
    const onlyNewer = catalog
      .filter((e) => e.revisions.length === 1 && e.revisions[0] === 'newer')
      .map((e) => e.code);
    const olderSpellings = catalog.flatMap((e) =>
      e.aliases
        .filter((a) => a.documentedIn.includes('older'))
        .map((a) => ({ code: e.code, written: a.code })),
    );
    expect([...found.removed].sort()).toEqual(onlyNewer.sort());
    expect(found.spelling.map(({ code, written, fixed }) => ({ code, written, fixed })).sort(byCode)).toEqual(
      olderSpellings.map((s) => ({ ...s, fixed: false })).sort(byCode),
    );
    expect([found.added, found.statusChanged, found.wordingChanged, found.operations]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(describeDrift(found)).toContain(
      'spelling: ServiceUnavailableTemporary is written SerivceUnavailableTemporary (the base writes ServiceUnavailableTemporary)',
    );
  });

  it('reports the fixes, the other way round', () => {
    const found = drift(commonErrors.older.table, commonErrors.newer.table, catalog);
    expect(found.spelling.every((s) => s.fixed)).toBe(true);
    expect(describeDrift(found)).toContain(
      'spelling fixed: Rejetced.PendingDeletion is now written Rejected.PendingDeletion',
    );
  });

  it('finds nothing when fed the revision the catalog rests on, in markdown', () => {
    const parsed = parseDocument(asMarkdownPage(commonErrors.newer.table));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(describeDrift(driftAgainstCatalog(parsed, catalog))).toEqual([]);
  });

  it('reports a new code, a changed status and wording, and operations that came and went', () => {
    const [first, second, ...rest] = operationErrors.errors;
    const changed = {
      errors: [
        { ...first!, operations: [...first!.operations.slice(1), 'Decrypt'] },
        { ...second!, httpStatus: 418, message: `${second!.message} (reworded)` },
        ...rest,
        { code: 'Rejected.Brandnew', httpStatus: 409, message: 'A new error.', operations: ['Encrypt'] },
      ],
    };
    const parsed = parseDocument(JSON.stringify(changed));
    if (!parsed.ok) throw new Error(parsed.reason);
    const lines = describeDrift(driftAgainstCatalog(parsed, catalog));
    expect(lines).toContain(
      'added: Rejected.Brandnew (409, "A new error.") — not in the catalog: it needs an entry',
    );
    expect(lines.some((l) => l.startsWith(`status: ${second!.code} was `) && l.includes('418'))).toBe(true);
    expect(lines.some((l) => l.startsWith(`wording: ${second!.code} was `) && l.includes('(reworded)'))).toBe(
      true,
    );
    expect(
      lines.some((l) =>
        l.startsWith(
          `operations: ${first!.code} now listed by Decrypt no longer listed by ${first!.operations[0]}`,
        ),
      ),
    ).toBe(true);
  });
});

describe('reading a document', () => {
  const cases: { name: string; input: string; reason: RegExp }[] = [
    { name: 'prose without a table', input: 'Nothing to see here.', reason: /No error table found/ },
    { name: 'JSON that does not parse', input: '{"errors": [', reason: /does not parse/ },
    { name: 'JSON without errors', input: '{"source": "x"}', reason: /no "errors" array/ },
    {
      name: 'an error without a status',
      input: '{"errors": [{"code": "X", "message": "m", "operations": []}]}',
      reason: /errors\[0\] lacks/,
    },
    {
      name: 'a table row that is not one',
      input: '|Error code|Error message|HTTP status code|\n|:--|:--|:--|\n|Foo|bar|',
      reason: /Cannot read this table row/,
    },
  ];
  it.each(cases)('$name gets a reason', ({ input, reason }) => {
    const parsed = parseDocument(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
