import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog.ts';
import { createResolver } from '../lookup.ts';
import { operationSummaries } from '../operations/summaries.ts';
import { originOf } from '../origin.ts';
import type { CatalogEntry, RevisionId } from '../types.ts';
import { citesPage } from './cites.ts';
import { apiReferenceErrors, commonErrors, keyStateTables, operationErrors } from './extracts.ts';

// The catalog against the documents it rests on: every code, status and wording of every extract is in
// the catalog, and everything the catalog cites is in an extract.

// Oldest first, as RevisionId documents.
const revisionIds: readonly RevisionId[] = ['older', 'newer'];
const resolve = createResolver(catalog);

function entryFor(code: string): CatalogEntry {
  const found = resolve(code);
  if (!found || found.via === 'case') throw new Error(`${code} is neither a catalog code nor an alias`);
  return found.entry;
}

// Every (code, status, wording) the operations' references give, as written there.
const documentedByOperations = [
  ...operationErrors.errors.map((e) => ({ code: e.code, status: e.httpStatus, message: e.message })),
  ...apiReferenceErrors.errors.map((e) => ({ code: e.code, status: e.httpStatus, message: e.message })),
];

describe.each(revisionIds)('the %s revision of the common-errors page', (revision) => {
  const { table, example } = commonErrors[revision];

  it('has one row per code', () => {
    expect(new Set(table.map((r) => r.code)).size).toBe(table.length);
  });

  it.each(table)('lists $code with a status and wording the catalog has', (row) => {
    const entry = entryFor(row.code);
    expect(entry.httpStatus).toBe(row.status);
    expect(citesPage(entry, row.message, revision, 'table')).toBe(true);
    expect(entry.revisions).toContain(revision);
    if (row.code !== entry.code)
      expect(entry.aliases.find((a) => a.code === row.code)?.documentedIn).toContain(revision);
  });

  it.each(catalog.filter((entry) => entry.revisions.includes(revision)))(
    'lists $code, which claims it, with exactly the wordings cited',
    (entry) => {
      const listed = table.filter((r) => entryFor(r.code) === entry);
      expect(listed).toHaveLength(1);
      for (const message of entry.messages)
        if (citesPage(entry, message.text, revision, 'table')) expect(message.text).toBe(listed[0]?.message);
    },
  );

  it('has a sample error response whose code and wordings the catalog has, and no others cited', () => {
    expect(new Set(example.codes).size).toBe(1);
    const entry = entryFor(example.codes[0]!);
    for (const message of example.messages) expect(citesPage(entry, message, revision, 'example')).toBe(true);
    for (const other of catalog)
      for (const message of other.messages)
        if (citesPage(other, message.text, revision, 'example'))
          expect(example.messages).toContain(message.text);
  });
});

describe("the operations' references", () => {
  it.each(documentedByOperations)(
    '$code ($status) "$message" is in the catalog with that status and wording',
    ({ code, status, message }) => {
      const entry = entryFor(code);
      const cited = entry.messages.find((m) => m.text === message);
      expect(cited?.sources).toContainEqual({ kind: 'operations', status });
      if (code !== entry.code)
        expect(entry.aliases.find((a) => a.code === code)?.documentedIn).toContain('operations');
    },
  );

  it.each(catalog.filter((entry) => originOf(entry) !== 'gateway'))(
    '$code: every wording cited as the operations’ is one they give',
    (entry) => {
      const spellings = new Set([entry.code, ...entry.aliases.map((a) => a.code)]);
      for (const message of entry.messages)
        for (const source of message.sources)
          if (source.kind === 'operations') {
            const given = documentedByOperations.filter(
              (row) =>
                spellings.has(row.code) && row.status === source.status && row.message === message.text,
            );
            expect(given.length, `${entry.code} ${source.status} ${message.text}`).toBeGreaterThan(0);
          }
    },
  );

  it('every code a document lists is in the catalog, and every catalog code some document lists or was seen', () => {
    const listed = new Set([
      ...revisionIds.flatMap((revision) => commonErrors[revision].table.map((r) => entryFor(r.code).code)),
      ...documentedByOperations.map((row) => entryFor(row.code).code),
    ]);
    const seen = catalog.filter((entry) => originOf(entry) === 'gateway').map((entry) => entry.code);
    expect([...listed, ...seen].sort()).toEqual(catalog.map((entry) => entry.code).sort());
  });

  it('names every operation of the metadata once, each with our summary', () => {
    const grouped = operationErrors.operationGroups.flatMap((group) => group.operations);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual(Object.keys(operationSummaries).sort());
    for (const row of [
      ...operationErrors.errors.flatMap((e) => e.operations),
      ...apiReferenceErrors.errors.map((e) => e.operation),
    ])
      expect(grouped).toContain(row);
  });

  it('gives every key-state outcome as success or a catalog code, for operations the metadata names', () => {
    const grouped = new Set(operationErrors.operationGroups.flatMap((group) => group.operations));
    for (const table of keyStateTables)
      for (const [operation, outcomes] of Object.entries(table.outcomes)) {
        expect(grouped.has(operation), operation).toBe(true);
        for (const outcome of Object.values(outcomes))
          if (outcome !== 'Success') expect(entryFor(outcome).code, `${operation}: ${outcome}`).toBe(outcome);
      }
  });
});
