import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.ts';
import { families, familyOf } from './families.ts';
import { actorLabels, categoryLabels, retryLabels } from './labels.ts';
import { createResolver } from './lookup.ts';
import { operationSummaries } from './operations/summaries.ts';
import { originOf } from './origin.ts';
import { apiReferenceErrors, commonErrors, keyStateTables, operationErrors } from './sources/extracts.ts';
import type { CatalogEntry, Family, HttpStatus, RevisionId } from './types.ts';

// Oldest first, as RevisionId documents.
const revisionIds: readonly RevisionId[] = ['older', 'newer'];
const statuses: readonly HttpStatus[] = [400, 403, 404, 409, 429, 500, 503];
const resolve = createResolver(catalog);

function entryFor(code: string): CatalogEntry {
  const found = resolve(code);
  if (!found || found.via === 'case') throw new Error(`${code} is neither a catalog code nor an alias`);
  return found.entry;
}

const citesPage = (entry: CatalogEntry, text: string, revision: RevisionId, place: 'table' | 'example') =>
  entry.messages.some(
    (message) =>
      message.text === text &&
      message.sources.some((s) => s.kind === 'page' && s.revision === revision && s.place === place),
  );

// Every string anywhere in a value, with its path, so an empty one can be named.
function stringsIn(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`));
  }
  return [];
}

// Every (code, status, wording) the operations' references give, as written there.
const documentedByOperations = [
  ...operationErrors.errors.map((e) => ({ code: e.code, status: e.httpStatus, message: e.message })),
  ...apiReferenceErrors.errors.map((e) => ({ code: e.code, status: e.httpStatus, message: e.message })),
];

describe('catalog invariants', () => {
  it('has unique codes', () => {
    expect(new Set(catalog.map((entry) => entry.code)).size).toBe(catalog.length);
  });

  it('has aliases that are unique and never equal a code, even ignoring case', () => {
    const names = catalog.flatMap((entry) => [entry.code, ...entry.aliases.map((alias) => alias.code)]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it.each(catalog)('$code: status and classes are valid', (entry) => {
    if (entry.httpStatus !== null) expect(statuses).toContain(entry.httpStatus);
    expect(Object.keys(categoryLabels)).toContain(entry.category);
    expect(Object.keys(actorLabels)).toContain(entry.actor);
    expect(Object.keys(retryLabels)).toContain(entry.retry);
  });

  it.each(catalog)('$code: no string is empty or padded', (entry) => {
    for (const [path, text] of stringsIn(entry, entry.code)) {
      expect(text, path).not.toBe('');
      expect(text, path).toBe(text.trim());
    }
  });

  it.each(catalog)('$code: lists have sensible lengths', (entry) => {
    expect(entry.messages.length).toBeGreaterThanOrEqual(1);
    for (const message of entry.messages) expect(message.sources.length).toBeGreaterThanOrEqual(1);
    expect(entry.causes.length).toBeGreaterThanOrEqual(2);
    expect(entry.causes.length).toBeLessThanOrEqual(4);
    expect(entry.fixes.length).toBeGreaterThanOrEqual(2);
    expect(entry.fixes.length).toBeLessThanOrEqual(4);
    expect(entry.related.length).toBeGreaterThanOrEqual(1);
    expect(entry.related.length).toBeLessThanOrEqual(4);
  });

  it.each(catalog)('$code: related codes exist, are distinct and are not itself', (entry) => {
    const codes = new Set(catalog.map((other) => other.code));
    expect(new Set(entry.related).size).toBe(entry.related.length);
    for (const code of entry.related) {
      expect(codes.has(code), code).toBe(true);
      expect(code).not.toBe(entry.code);
    }
  });

  it.each(catalog)('$code: its usual status is one a source gives it, or null when none does', (entry) => {
    const given = entry.messages.flatMap((m) =>
      m.sources.map((s) => (s.kind === 'page' ? entry.httpStatus : s.status)),
    );
    if (entry.httpStatus === null) expect(given.every((status) => status === null)).toBe(true);
    else expect(given).toContain(entry.httpStatus);
  });

  it.each(catalog)('$code: revisions and aliases cite only documents that use them', (entry) => {
    expect(new Set(entry.revisions).size).toBe(entry.revisions.length);
    for (const alias of entry.aliases)
      for (const where of alias.documentedIn)
        if (where !== 'operations') expect(entry.revisions).toContain(where);
    for (const message of entry.messages)
      for (const source of message.sources)
        if (source.kind === 'page') expect(entry.revisions).toContain(source.revision);
  });

  it.each(catalog.filter((entry) => entry.revisions.length > 0))(
    '$code: the first message is the newest listing revision’s table wording',
    (entry) => {
      const newest = revisionIds.filter((revision) => entry.revisions.includes(revision)).at(-1)!;
      expect(citesPage(entry, entry.messages[0]!.text, newest, 'table')).toBe(true);
    },
  );

  it.each(catalog.filter((entry) => originOf(entry) === 'gateway'))(
    '$code: each wording seen outside the documentation says where, with a link',
    (entry) => {
      for (const message of entry.messages)
        for (const source of message.sources) {
          expect(source.kind).toBe('seen');
          if (source.kind === 'seen') expect(source.url).toMatch(/^https:\/\/\S+$/);
        }
    },
  );
});

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

describe('familyOf', () => {
  const cases: readonly { name: string; input: string; expected: Family }[] = [
    { name: 'a Forbidden code', input: 'Forbidden.KeyNotFound', expected: 'Forbidden' },
    { name: 'a Rejected code', input: 'Rejected.PendingDeletion', expected: 'Rejected' },
    { name: 'an Unsupported code', input: 'Unsupported.ProtectionLevel', expected: 'Unsupported' },
    { name: 'the AccessKey ID code', input: 'InvalidAccessKeyId.NotFound', expected: 'InvalidAccessKeyId' },
    { name: 'a family’s own name', input: 'Throttling', expected: 'Throttling' },
    {
      name: 'a security-token code',
      input: 'InvalidSecurityToken.Expired',
      expected: 'InvalidSecurityToken',
    },
    { name: 'a code without a dot', input: 'UnsupportedHTTPMethod', expected: 'none' },
    { name: 'a prefix that is no family', input: 'Certificate.NotFound', expected: 'none' },
    { name: 'a misspelt prefix', input: 'Rejetced.PendingDeletion', expected: 'none' },
    { name: 'only the first dot counts', input: 'Rejected.Foo.Bar', expected: 'Rejected' },
    { name: 'the fallback name is no prefix', input: 'none.Foo', expected: 'none' },
    { name: 'an object key is no prefix', input: 'constructor.Foo', expected: 'none' },
    { name: 'a leading dot', input: '.Forbidden', expected: 'none' },
    { name: 'the empty string', input: '', expected: 'none' },
  ];

  it.each(cases)('$name: $input', ({ input, expected }) => {
    expect(familyOf(input)).toBe(expected);
  });

  it('explains every family, and every family but the fallback has a code', () => {
    for (const family of Object.keys(families) as Family[]) {
      expect(families[family].label).not.toBe('');
      expect(families[family].explanation).not.toBe('');
      if (family !== 'none')
        expect(
          catalog.some((entry) => familyOf(entry.code) === family),
          family,
        ).toBe(true);
    }
  });
});
