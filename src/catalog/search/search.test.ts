import { describe, expect, it } from 'vitest';
import { familyOf } from '../families.ts';
import { statusesOf } from '../statuses.ts';
import { catalog } from '../catalog.ts';
import type { CatalogEntry } from '../types.ts';
import { codeWords, createSearch, type SearchHit, type Span } from './search.ts';

const { search, nearest } = createSearch(catalog);

// What support engineers actually type, and the code they meant.
const queries: { input: string; expected: string }[] = [
  { input: 'keynotfound', expected: 'Forbidden.KeyNotFound' },
  { input: 'key not found', expected: 'Forbidden.KeyNotFound' },
  { input: 'forbiden key', expected: 'Forbidden.KeyNotFound' },
  { input: 'Forbidden.KeyNotFound', expected: 'Forbidden.KeyNotFound' },
  { input: 'forbidden.keynotfound', expected: 'Forbidden.KeyNotFound' },
  { input: 'Rejetced', expected: 'Rejected.PendingDeletion' },
  { input: 'SerivceUnavailableTemporary', expected: 'ServiceUnavailableTemporary' },
  { input: 'service unavailable', expected: 'ServiceUnavailable' },
  { input: 'service unavailable temporary', expected: 'ServiceUnavailableTemporary' },
  { input: 'pending deletion', expected: 'Rejected.PendingDeletion' },
  { input: 'PendingDeletion', expected: 'Rejected.PendingDeletion' },
  { input: 'key version not found', expected: 'Forbidden.KeyVersionNotFound' },
  { input: 'disabled', expected: 'Rejected.Disabled' },
  { input: 'timestamp', expected: 'IllegalTimestamp' },
  { input: 'incomplete signature', expected: 'IncompleteSignature' },
  { input: 'signature does not match', expected: 'SignatureDoesNotMatch' },
  { input: 'nonce', expected: 'SignatureNonceUsed' },
  { input: 'no permission', expected: 'Forbidden.NoPermission' },
  { input: 'alias not found', expected: 'Forbidden.AliasNotFound' },
  { input: 'alias already exists', expected: 'AliasAlreadyExists' },
  { input: 'expired import token', expected: 'ExpiredImportToken' },
  { input: 'key material', expected: 'InvalidKeyMaterial' },
  { input: 'access key id not found', expected: 'InvalidAccessKeyId.NotFound' },
  { input: 'missing security token', expected: 'MissingSecurityToken' },
  { input: 'security token expired', expected: 'InvalidSecurityToken.Expired' },
  // Both Forbidden.InDebt codes hold "debt": the documentation lists ...InDebtOverdue first, and the
  // shorter code no longer wins for being shorter; "in debt" types all of Forbidden.InDebt.
  { input: 'debt', expected: 'Forbidden.InDebtOverdue' },
  { input: 'in debt', expected: 'Forbidden.InDebt' },
  { input: 'overdue', expected: 'Forbidden.InDebtOverdue' },
  { input: 'prohibited by risk control', expected: 'Forbidden.ProhibitedByRiskControl' },
  { input: 'Forbidden.RiskControl', expected: 'Forbidden.RiskControl' },
  { input: 'throttling', expected: 'Throttling' },
  { input: 'dkms instance not found', expected: 'Forbidden.DKMSInstanceNotFound' },
  { input: 'delete window', expected: 'Rejected.ResourceInDeleteWindow' },
  { input: 'kms not enabled', expected: 'Forbidden.KmsServiceNotEnabled' },
  { input: 'limit exceeded', expected: 'Rejected.LimitExceeded' },
  { input: 'protection level', expected: 'Unsupported.ProtectionLevel' },
  { input: 'missing parameter', expected: 'MissingParameter' },
  { input: 'http method', expected: 'UnsupportedHTTPMethod' },
  { input: 'internal failure', expected: 'InternalFailure' },
  { input: 'parse parameters', expected: 'ParseRequestParameterException' },
  { input: 'state modified', expected: 'Rejected.StateModifiedFailed' },
  { input: 'ubsms bid', expected: 'Forbidden.UbsmsInvalidBid' },
  { input: 'invalid userid', expected: 'Forbidden.UbsmsInvalidUserid' },
  { input: '  Forbidden.NoPermission  ', expected: 'Forbidden.NoPermission' },
];

describe('search ranks the code a person meant first', () => {
  for (const { input, expected } of queries) {
    it(`"${input}" → ${expected}`, () => {
      expect(search(input)[0]?.entry.code).toBe(expected);
    });
  }
});

describe('search', () => {
  it('returns every entry, in catalog order, for an empty query', () => {
    expect(search('   ').map((hit) => hit.entry.code)).toEqual(catalog.map((entry) => entry.code));
  });

  it('treats a status or a status class as a filter', () => {
    const codes = search('404').map((hit) => hit.entry.code);
    expect(codes).toEqual(catalog.filter((e) => statusesOf(e).includes(404)).map((e) => e.code));
    expect(codes).toContain('Forbidden.KeyNotFound');
    const fiveHundreds = catalog.filter((e) => statusesOf(e).some((status) => status >= 500));
    expect(search('5xx').map((hit) => hit.entry.code)).toEqual(fiveHundreds.map((e) => e.code));
    expect(fiveHundreds.map((e) => e.code)).toContain('ServiceUnavailableTemporary');
  });

  it('ranks a match in the code above a match in prose only', () => {
    const codes = search('region').map((hit) => hit.entry.code);
    // "region" is in Unsupported.ProtectionLevel's message, and in no code.
    expect(codes[0]).toBe('Unsupported.ProtectionLevel');
    const importHits = search('import').map((hit) => hit.entry.code);
    const firstProseOnly = importHits.findIndex((code) => !/import/i.test(code));
    const lastCodeMatch = importHits.findLastIndex((code) => /import/i.test(code));
    expect(firstProseOnly === -1 || firstProseOnly > lastCodeMatch).toBe(true);
  });

  it('marks the matched characters in the code, even when words were typed', () => {
    const hit = search('key not found')[0]!;
    const marked = hit.code.map(([start, end]) => hit.entry.code.slice(start, end + 1)).join('');
    expect(marked).toBe('KeyNotFound');
  });

  it('names the misspelling a query matched', () => {
    expect(search('Rejetced')[0]?.alias?.code).toBe('Rejetced.PendingDeletion');
  });

  it('ignores search operators typed by accident', () => {
    expect(search('"Forbidden.KeyNotFound"')[0]?.entry.code).toBe('Forbidden.KeyNotFound');
    expect(search('!^$|=')).toEqual(search(''));
  });

  it('offers the nearest codes when nothing matches', () => {
    expect(search('qqqqzzzz')).toEqual([]);
    expect(nearest('Forbiden.KeyNotFund.Extra', 3).map((e) => e.code)).toContain('Forbidden.KeyNotFound');
    expect(nearest('', 3)).toEqual([]);
  });
});

const codesOf = (hits: readonly SearchHit[]) => hits.map((hit) => hit.entry.code);
const codeOf = (entry: CatalogEntry) => entry.code;
const proseOf = (entry: CatalogEntry) =>
  [...entry.messages.map((m) => m.text), entry.meaning, ...entry.causes, ...entry.fixes].join('\n');
const squashed = (text: string) => text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
/** Every highlighted run of a hit, as text: in the code, the first message and the alias. */
const runsOf = (hit: SearchHit) => {
  const cut = (text: string, spans: readonly Span[]) =>
    spans.map(([start, end]) => text.slice(start, end + 1));
  return [
    ...cut(hit.entry.code, hit.code),
    ...cut(hit.entry.messages[0]?.text ?? '', hit.message),
    ...(hit.alias ? cut(hit.alias.code, hit.alias.spans) : []),
  ];
};
// The catalog turned around, so the documentation's order would put the wrong code first.
const reversed = createSearch([...catalog].reverse());
// Each code again with a longer code after it: Forbidden.KeyNotFound and Forbidden.KeyNotFoundInRegion.
const longerFirst = createSearch(
  catalog.flatMap((entry) => [{ ...entry, code: `${entry.code}InRegion`, aliases: [] }, entry]),
);

describe('among equally good matches, the catalog order, except for a code typed whole', () => {
  const family = (name: string) => catalog.filter((entry) => familyOf(entry.code) === name).map(codeOf);
  // The entry a documented misspelling "Rejetced.…" belongs to.
  const misspelt = catalog.find((entry) =>
    entry.aliases.some((alias) => alias.code.startsWith('Rejetced.')),
  )!;
  const rows: { name: string; query: string; expected: readonly string[] }[] = [
    {
      name: 'a misspelt family lists every code of it first, in catalog order',
      query: 'forbiden',
      expected: family('Forbidden'),
    },
    {
      name: 'a documented misspelling first, then the family it misspells, in catalog order',
      query: 'rejetced',
      expected: [misspelt.code, ...family('Rejected').filter((code) => code !== misspelt.code)],
    },
    {
      name: 'codes holding the word, in catalog order, the code that is the word first',
      query: 'throttling',
      expected: [
        'Throttling',
        ...catalog.map(codeOf).filter((code) => code !== 'Throttling' && code.includes('Throttling')),
      ],
    },
    {
      name: 'codes named by the typed words alone before longer ones',
      query: 'not found',
      expected: catalog.map(codeOf).filter((code) => code.endsWith('.NotFound')),
    },
  ];
  for (const { name, query, expected } of rows)
    it(`${name}: "${query}"`, () => {
      expect(expected.length).toBeGreaterThan(1);
      expect(codesOf(search(query)).slice(0, expected.length)).toEqual(expected);
    });

  it('follows the order of the entries it is given, not the length of the codes', () => {
    const forbidden = family('Forbidden');
    expect(codesOf(reversed.search('forbiden')).slice(0, forbidden.length)).toEqual(forbidden.reverse());
  });

  // Where the catalog order alone would put another code first.
  const typedWhole: { name: string; query: string; expected: string }[] = [
    { name: 'the code equal to what was typed', query: 'throttling', expected: 'Throttling' },
    {
      name: 'the code whose words were all typed',
      query: 'key not found',
      expected: 'Forbidden.KeyNotFound',
    },
    {
      name: 'the code whose words were typed as one',
      query: 'keynotfound',
      expected: 'Forbidden.KeyNotFound',
    },
    {
      name: 'the code with its family typed',
      query: 'forbidden key not found',
      expected: 'Forbidden.KeyNotFound',
    },
  ];
  for (const { name, query, expected } of typedWhole)
    it(`${name} stays first: "${query}"`, () => {
      expect(reversed.search(query)[0]?.entry.code).toBe(expected);
      expect(longerFirst.search(query)[0]?.entry.code).toBe(expected);
    });
});

describe('loose matches show only what a person would call a match', () => {
  it('"disab": the codes holding it, then only codes whose own text says it', () => {
    const holding = catalog.filter((entry) => squashed(entry.code).includes('disab')).map(codeOf);
    const saying = catalog.filter((entry) => /disab/i.test(proseOf(entry))).map(codeOf);
    const codes = codesOf(search('disab'));
    expect(holding).toEqual(['Rejected.Disabled', 'Forbidden.AccessKeyDisabled']);
    expect(codes.slice(0, holding.length)).toEqual(holding);
    expect(new Set(codes)).toEqual(new Set([...holding, ...saying]));
    expect(codes).toHaveLength(new Set(codes).size);
  });

  it('a close spelling of another code is no match for a short word', () => {
    for (const query of ['disab', 'disabled'])
      expect(codesOf(search(query))).not.toContain('ServiceUnavailable');
  });

  // Each row: a query, and what every highlighted run must hold (a run is at least 3 characters, or
  // the whole query when that is shorter).
  const rows: { name: string; query: string; expected: RegExp }[] = [
    { name: 'a prefix marks only the prefix', query: 'disab', expected: /disab/i },
    { name: 'a word marks only the word', query: 'disabled', expected: /disabled/i },
    { name: 'a typo marks the word it misspells', query: 'forbiden', expected: /^forbidden$/i },
    { name: 'a swapped pair marks the word', query: 'rejetced', expected: /^(rejected|rejetced)$/i },
    { name: 'a code typed as one word marks the code', query: 'keynotfound', expected: /^keynotfound$/i },
    { name: 'words mark words', query: 'key not found', expected: /key|not|found/i },
    { name: 'words mark words in prose', query: 'kms not enabled', expected: /kms|not|enabled/i },
    { name: 'a word found in prose only', query: 'permission', expected: /permission/i },
    { name: 'a word in many codes', query: 'alias', expected: /alias/i },
    { name: 'two words', query: 'import token', expected: /import|token/i },
    { name: 'a two-letter query', query: 'id', expected: /id/i },
  ];
  for (const { name, query, expected } of rows)
    it(`${name}: "${query}"`, () => {
      const minRun = Math.min(3, squashed(query).length);
      const hits = search(query);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits)
        for (const run of runsOf(hit)) {
          expect(run.length, `${hit.entry.code}: "${run}"`).toBeGreaterThanOrEqual(minRun);
          expect(run, hit.entry.code).toMatch(expected);
        }
    });
});

describe('a code or a documented misspelling typed in any case comes first, on its own', () => {
  const rows: { name: string; query: string; expected: string }[] = [
    { name: 'lowercase', query: 'rejected.disabled', expected: 'Rejected.Disabled' },
    { name: 'uppercase', query: 'REJECTED.DISABLED', expected: 'Rejected.Disabled' },
    { name: 'lowercase, a longer code', query: 'forbidden.keynotfound', expected: 'Forbidden.KeyNotFound' },
    { name: 'surrounded by spaces', query: '  forbidden.NOPERMISSION  ', expected: 'Forbidden.NoPermission' },
    {
      name: 'a documented misspelling',
      query: 'Rejetced.PendingDeletion',
      expected: 'Rejected.PendingDeletion',
    },
    {
      name: 'a documented misspelling, lowercase',
      query: 'serivceunavailabletemporary',
      expected: 'ServiceUnavailableTemporary',
    },
    {
      name: 'another misspelling, uppercase',
      query: 'SERIVCEUNVAILABLETEMPORARY',
      expected: 'ServiceUnavailableTemporary',
    },
  ];
  for (const { name, query, expected } of rows)
    it(`${name}: "${query}"`, () => {
      for (const s of [search, reversed.search, longerFirst.search]) {
        const codes = codesOf(s(query));
        expect(codes[0]).toBe(expected);
        expect(codes.filter((code) => code === expected)).toHaveLength(1);
      }
      // The whole spelling typed is marked whole.
      const hit = search(query)[0]!;
      const typed = query.trim().toLowerCase();
      expect(runsOf(hit).map((run) => run.toLowerCase())).toContain(typed);
    });

  it('every code and every documented misspelling, typed in lowercase, finds its entry first', () => {
    for (const entry of catalog)
      for (const spelling of [entry.code, ...entry.aliases.map((alias) => alias.code)])
        expect(search(spelling.toLowerCase())[0]?.entry.code, spelling).toBe(entry.code);
  });
});

describe('a status or a status class filters', () => {
  const having = (test: (status: number) => boolean) =>
    catalog.filter((entry) => statusesOf(entry).some(test)).map(codeOf);
  const rows: { name: string; query: string; expected: readonly string[] }[] = [
    { name: 'not found', query: '404', expected: having((status) => status === 404) },
    { name: 'throttled', query: '429', expected: having((status) => status === 429) },
    {
      name: 'a client error class',
      query: '4xx',
      expected: having((status) => status >= 400 && status < 500),
    },
    { name: 'a server error class, uppercase', query: '5XX', expected: having((status) => status >= 500) },
    { name: 'a server error class, spaced', query: ' 5xx ', expected: having((status) => status >= 500) },
  ];
  for (const { name, query, expected } of rows)
    it(`${name}: "${query}"`, () => {
      expect(expected.length).toBeGreaterThan(0);
      expect(codesOf(search(query))).toEqual(expected);
    });
});

describe('codeWords', () => {
  const cases = [
    { input: 'Forbidden.KeyNotFound', expected: 'Forbidden Key Not Found' },
    { input: 'UnsupportedHTTPMethod', expected: 'Unsupported HTTP Method' },
    { input: 'InvalidAccessKeyId.NotFound', expected: 'Invalid Access Key Id Not Found' },
  ];
  for (const { input, expected } of cases) it(input, () => expect(codeWords(input)).toBe(expected));
});
