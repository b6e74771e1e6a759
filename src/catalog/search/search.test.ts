import { describe, expect, it } from 'vitest';
import { statusesOf } from '../statuses.ts';
import { catalog } from '../catalog.ts';
import { codeWords, createSearch } from './search.ts';

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
  { input: 'debt', expected: 'Forbidden.InDebt' },
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

describe('codeWords', () => {
  const cases = [
    { input: 'Forbidden.KeyNotFound', expected: 'Forbidden Key Not Found' },
    { input: 'UnsupportedHTTPMethod', expected: 'Unsupported HTTP Method' },
    { input: 'InvalidAccessKeyId.NotFound', expected: 'Invalid Access Key Id Not Found' },
  ];
  for (const { input, expected } of cases) it(input, () => expect(codeWords(input)).toBe(expected));
});
