import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.ts';
import { familyOf } from './families.ts';
import { englishCatalogText } from './text/en.ts';

const {
  actor: actorLabels,
  category: categoryLabels,
  retry: retryLabels,
  family,
  familyMeaning,
} = englishCatalogText;
import { originOf } from './origin.ts';
import { citesPage } from './sources/cites.ts';
import type { Family, HttpStatus, RevisionId } from './types.ts';

// Oldest first, as RevisionId documents.
const revisionIds: readonly RevisionId[] = ['older', 'newer'];
const statuses: readonly HttpStatus[] = [400, 403, 404, 409, 429, 500, 503];

// Every string anywhere in a value, with its path, so an empty one can be named.
function stringsIn(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`));
  }
  return [];
}

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
    for (const name of Object.keys(family) as Family[]) {
      expect(family[name]).not.toBe('');
      expect(familyMeaning[name]).not.toBe('');
      if (name !== 'none')
        expect(
          catalog.some((entry) => familyOf(entry.code) === name),
          name,
        ).toBe(true);
    }
  });
});
