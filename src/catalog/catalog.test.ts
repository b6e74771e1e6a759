import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { families, familyOf } from './families';
import type { Actor, CatalogEntry, Category, Family, HttpStatus, RetryClass, RevisionId } from './types';

// Oldest first, as RevisionId documents.
const revisionIds: readonly RevisionId[] = ['older', 'newer'];

const seedFiles: Record<RevisionId, string> = {
  older: '000_31364719fb062f6a.txt',
  newer: '002_2645fc9ae89268dc.txt',
};

interface Row {
  readonly code: string;
  readonly message: string;
  readonly status: number;
}

interface Example {
  readonly codes: readonly string[];
  readonly messages: readonly string[];
}

// shared/ sits beside the repository checkout, locally and in CI.
function readSeed(revision: RevisionId): string {
  return readFileSync(new URL(`../../../shared/seeds/${seedFiles[revision]}`, import.meta.url), 'utf8');
}

// CommonMark allows a backslash before any ASCII punctuation; the newer table escapes '>'.
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function row(line: string, code?: string, message?: string, status?: string): Row {
  if (code === undefined || message === undefined || status === undefined) {
    throw new Error(`Cannot parse table row: ${line}`);
  }
  return { code: code.trim(), message: message.trim(), status: Number(status.trim()) };
}

// Space-separated "CODE MESSAGE STATUS" lines after the header, to the end of the file.
function parseOlderTable(text: string): Row[] {
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((line) => line.trim() === 'Error code Error message HTTP status code');
  if (header === -1) throw new Error('Older revision: table header not found');
  return lines
    .slice(header + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^(\S+) (.+) (\d{3})$/.exec(line.trim());
      if (!match) throw new Error(`Cannot parse table row: ${line}`);
      return row(line, match[1], match[2], match[3]);
    });
}

// A markdown table: header, separator, then rows until the first line that is not a row.
function parseNewerTable(text: string): Row[] {
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((line) =>
    /^\|\s*Error code\s*\|\s*Error message\s*\|\s*HTTP status code\s*\|$/.test(line.trim()),
  );
  if (header === -1) throw new Error('Newer revision: table header not found');
  const rows: Row[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.trim().startsWith('|')) break;
    const cells = line
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/);
    if (cells.length !== 3) throw new Error(`Cannot parse table row: ${line}`);
    const [code, message, status] = cells.map(unescapeMarkdown);
    rows.push(row(line, code, message, status));
  }
  return rows;
}

// The sample error responses: XML <Code>/<Message> elements and JSON "Code"/"Message" members.
function parseExamples(text: string): Example {
  const codes: string[] = [];
  const messages: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const xml = /^<(Code|Message)>(.*)<\/\1>$/.exec(line);
    // Greedy up to the line's last quote: the older JSON sample leaves inner quotes unescaped.
    const json = /^"(Code|Message)":\s*"(.*)",?$/.exec(line);
    const [, field, value] = xml ?? json ?? [];
    if (field === undefined || value === undefined) continue;
    const found = (json ? value.replace(/\\"/g, '"') : value).trim();
    (field === 'Code' ? codes : messages).push(found);
  }
  return { codes, messages };
}

const tables: Record<RevisionId, readonly Row[]> = {
  older: parseOlderTable(readSeed('older')),
  newer: parseNewerTable(readSeed('newer')),
};

const examples: Record<RevisionId, Example> = {
  older: parseExamples(readSeed('older')),
  newer: parseExamples(readSeed('newer')),
};

const byCode = new Map<string, CatalogEntry>();
for (const entry of catalog) {
  byCode.set(entry.code, entry);
  for (const alias of entry.aliases) byCode.set(alias.code, entry);
}

function resolve(code: string): CatalogEntry {
  const entry = byCode.get(code);
  if (!entry) throw new Error(`${code} is neither a catalog code nor an alias`);
  return entry;
}

function hasSource(
  entry: CatalogEntry,
  text: string,
  revision: RevisionId,
  place: 'table' | 'example',
): boolean {
  return entry.messages.some(
    (message) =>
      message.text === text &&
      message.sources.some((source) => source.revision === revision && source.place === place),
  );
}

// Every string anywhere in a value, with its path, so an empty one can be named.
function stringsIn(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`));
  }
  return [];
}

const statuses: readonly HttpStatus[] = [400, 403, 404, 409, 500, 503];
const categories: readonly Category[] = [
  'access-key-signature',
  'permission',
  'account-billing',
  'request-format',
  'resource-not-found',
  'key-state',
  'key-material-import',
  'quota',
  'service-side',
];
const actors: readonly Actor[] = ['caller', 'account-owner', 'nobody'];
const retries: readonly RetryClass[] = ['never', 'after-fix', 'after-state-change', 'backoff'];

describe('catalog invariants', () => {
  it('has 32 entries', () => {
    expect(catalog).toHaveLength(32);
  });

  it('has unique codes', () => {
    expect(new Set(catalog.map((entry) => entry.code)).size).toBe(catalog.length);
  });

  it('has aliases that are unique and never equal a code, even ignoring case', () => {
    const names = catalog.flatMap((entry) => [entry.code, ...entry.aliases.map((alias) => alias.code)]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it.each(catalog)('$code: status and classes are valid', (entry) => {
    expect(statuses).toContain(entry.httpStatus);
    expect(categories).toContain(entry.category);
    expect(actors).toContain(entry.actor);
    expect(retries).toContain(entry.retry);
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
    expect(entry.revisions.length).toBeGreaterThanOrEqual(1);
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

  it.each(catalog)('$code: its family has an explanation', (entry) => {
    expect(families[familyOf(entry.code)].explanation).not.toBe('');
  });

  it.each(catalog)('$code: revisions are known, and aliases and sources cite only those', (entry) => {
    expect(new Set(entry.revisions).size).toBe(entry.revisions.length);
    for (const revision of entry.revisions) expect(revisionIds).toContain(revision);
    for (const alias of entry.aliases) {
      for (const revision of alias.revisions) expect(entry.revisions).toContain(revision);
    }
    for (const message of entry.messages) {
      for (const source of message.sources) expect(entry.revisions).toContain(source.revision);
    }
  });

  it.each(catalog)('$code: the first message is the newest listing revision’s table wording', (entry) => {
    const newest = revisionIds.filter((revision) => entry.revisions.includes(revision)).at(-1);
    expect(
      entry.messages[0]?.sources.some((source) => source.revision === newest && source.place === 'table'),
    ).toBe(true);
  });
});

describe.each(revisionIds)('the %s revision', (revision) => {
  const rows = tables[revision];

  it('parses to a table with one row per code', () => {
    expect(rows.length).toBe(revision === 'older' ? 30 : 32);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it.each(rows)('lists $code with a status and message the catalog has', (documented) => {
    const entry = resolve(documented.code);
    expect(entry.httpStatus).toBe(documented.status);
    expect(hasSource(entry, documented.message, revision, 'table')).toBe(true);
    expect(entry.revisions).toContain(revision);
    if (documented.code !== entry.code) {
      const alias = entry.aliases.find((a) => a.code === documented.code);
      expect(alias?.revisions).toContain(revision);
    }
  });

  it.each(catalog.filter((entry) => entry.revisions.includes(revision)))(
    'lists $code, which claims it, with exactly the wordings cited',
    (entry) => {
      const listed = rows.filter((r) => byCode.get(r.code) === entry);
      expect(listed).toHaveLength(1);
      for (const message of entry.messages) {
        const cited = message.sources.some((s) => s.revision === revision && s.place === 'table');
        if (cited) expect(message.text).toBe(listed[0]?.message);
      }
    },
  );

  it('has sample error responses whose code and wordings the catalog has', () => {
    const sample = examples[revision];
    expect(new Set(sample.codes).size).toBe(1);
    expect(sample.messages.length).toBeGreaterThanOrEqual(1);
    const entry = resolve(sample.codes[0] ?? '');
    for (const message of sample.messages) {
      expect(hasSource(entry, message, revision, 'example'), message).toBe(true);
    }
    const cited = entry.messages.filter((m) =>
      m.sources.some((s) => s.revision === revision && s.place === 'example'),
    );
    for (const message of cited) expect(sample.messages).toContain(message.text);
  });
});

describe('coverage of both revisions', () => {
  it('every catalog entry is listed by some revision, and every listed code has an entry', () => {
    const listed = new Set(
      revisionIds.flatMap((revision) => tables[revision].map((r) => resolve(r.code).code)),
    );
    expect([...listed].sort()).toEqual(catalog.map((entry) => entry.code).sort());
  });

  it('no entry cites an example outside the sample error responses', () => {
    for (const entry of catalog) {
      for (const message of entry.messages) {
        for (const source of message.sources.filter((s) => s.place === 'example')) {
          expect(examples[source.revision].codes, entry.code).toContain(entry.code);
        }
      }
    }
  });
});

describe('familyOf', () => {
  const cases: readonly { name: string; input: string; expected: Family }[] = [
    { name: 'a Forbidden code', input: 'Forbidden.KeyNotFound', expected: 'Forbidden' },
    { name: 'a Rejected code', input: 'Rejected.PendingDeletion', expected: 'Rejected' },
    { name: 'an Unsupported code', input: 'Unsupported.ProtectionLevel', expected: 'Unsupported' },
    { name: 'the AccessKey ID code', input: 'InvalidAccessKeyId.NotFound', expected: 'InvalidAccessKeyId' },
    { name: 'a code without a dot', input: 'UnsupportedHTTPMethod', expected: 'none' },
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

  it('explains every family', () => {
    for (const family of Object.keys(families) as Family[]) {
      expect(families[family].label).not.toBe('');
      expect(families[family].explanation).not.toBe('');
    }
    expect(Object.keys(families).sort()).toEqual(
      ['Forbidden', 'InvalidAccessKeyId', 'Rejected', 'Unsupported', 'none'].sort(),
    );
  });
});
