import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog/catalog.ts';
import { exampleJson, exampleXml } from '../catalog/examples.ts';
import { decode } from './english.ts';
import { expectFinding, KEY_NOT_FOUND, type Expected } from './expectFinding.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

// Real SDK and CLI output; each file's source is in fixtures/sdkSources.md.
const fixtures: { file: string; expected: Expected }[] = [
  {
    file: 'go-sdk-server-error.txt',
    expected: {
      code: 'Forbidden.KeyNotFound',
      match: 'exact',
      httpStatus: null,
      requestId: '0E5B4C7A-2F91-4D3B-8A6E-93C1D7F2B4A8',
    },
  },
  {
    file: 'go-tea-sdkerror.txt',
    expected: {
      code: 'Rejected.Disabled',
      match: 'exact',
      httpStatus: 409,
      requestId: 'B71E0C2D-5A4F-4E86-9D13-6F0A2C8E4B57',
    },
  },
  {
    file: 'aliyun-cli-server-error.txt',
    expected: {
      code: 'Forbidden.NoPermission',
      match: 'exact',
      requestId: '5D2A8F13-C6E4-4B07-A91F-3E8C0B6D27F4',
    },
  },
  {
    file: 'terraform-alicloud-error.txt',
    expected: {
      code: 'Rejected.PendingDeletion',
      match: 'exact',
      httpStatus: 409,
      requestId: '9A6C3E71-0B2D-4F58-8E47-D1F5A3C09B62',
    },
  },
  {
    file: 'python-core-traceback.txt',
    expected: {
      code: 'MissingParameter',
      match: 'exact',
      httpStatus: 400,
      requestId: '3F9D0A62-7C1B-4E85-B2A4-8D6E1F0C3B97',
      param: 'KeyId',
    },
  },
  {
    file: 'python-tea-traceback.txt',
    expected: {
      code: 'ServiceUnavailableTemporary',
      match: 'exact',
      httpStatus: 503,
      requestId: 'E2C47B90-1D3A-4F6B-A85C-0B9E7D2F4A13',
    },
  },
  {
    file: 'java-core-client-exception.txt',
    expected: {
      code: 'InvalidParameter',
      match: 'exact',
      requestId: '7B0E4D29-A3C6-4F12-9E58-C1D0B8A7F365',
      param: 'KeyId',
    },
  },
  {
    file: 'java-tea-sample-output.txt',
    expected: {
      code: 'Forbidden.KeyNotFound',
      match: 'recommend',
      httpStatus: 404,
      requestId: 'C84F2A17-6E0B-4D93-B5A1-2F7C9E3D08B6',
    },
  },
  {
    file: 'node-pop-core-error.txt',
    expected: {
      code: 'InvalidAccessKeyId.NotFound',
      match: 'exact',
      requestId: '1B6E9F30-C2A4-4D87-85F3-A07D2E9C4B16',
    },
  },
  {
    file: 'node-tea-response-error.txt',
    expected: {
      code: 'IllegalTimestamp',
      match: 'exact',
      httpStatus: 400,
      requestId: '58A3D1C7-0E9F-4B26-9C84-E6B2F1A07D35',
    },
  },
  {
    file: 'kms-instance-go-sdkerror.txt',
    expected: {
      code: 'IllegalTimestamp',
      match: 'alias',
      httpStatus: 400,
      requestId: 'a1f0c6d2-93e4-4b7a-8c55-2e9d0f7b1c48',
    },
  },
  {
    file: 'raw-http-json-response.txt',
    expected: {
      code: 'Forbidden.KeyNotFound',
      match: 'exact',
      httpStatus: 404,
      requestId: '6A1D9E4F-2B7C-4085-93E2-F0C8B5A1D7E6',
    },
  },
  {
    file: 'raw-xml-error-body.txt',
    expected: {
      code: 'InvalidParameter',
      match: 'exact',
      requestId: 'D05B7E38-4C91-4A2F-8B6D-1E3F9A0C72B5',
      param: 'KeyId',
    },
  },
  {
    file: 'json-log-line.txt',
    expected: {
      code: 'Rejected.PendingDeletion',
      match: 'exact',
      requestId: 'F3B8C05A-9D2E-4716-A4C0-7E1B6D9F2A58',
    },
  },
  { file: 'go-sdk-client-timeout.txt', expected: { code: null, match: 'none', requestId: null } },
];

describe('decoding real SDK and CLI output', () => {
  for (const { file, expected } of fixtures) it(file, () => expectFinding(fixture(file), expected));
});

describe('every catalog code decodes from its JSON and XML body', () => {
  for (const entry of catalog) {
    const param = entry.messages[0]!.text.includes('parameter name') ? 'KeyId' : null;
    const expected: Expected = {
      code: entry.code,
      match: 'exact',
      httpStatus: null,
      requestId: '4C467B38-3910-447D-87BC-AC049166F216',
      param,
    };
    it(`${entry.code} (JSON)`, () => expectFinding(exampleJson(entry), expected));
    it(`${entry.code} (XML)`, () => expectFinding(exampleXml(entry), expected));
  }
});

describe('what the decoder reports besides the match', () => {
  it('reads every error of a multi-error log, in order', () => {
    const result = decode(fixture('multi-error-log.txt'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.findings.map((f) => [f.entry?.code, f.extracted.httpStatus])).toEqual([
      ['Forbidden.KeyNotFound', 404],
      ['ServiceUnavailableTemporary', 503],
      ['InternalFailure', 500],
      ['IllegalTimestamp', 400],
    ]);
  });

  it('says when the text shows another status than the catalog', () => {
    const result = decode(`{"HttpStatus":500,"Code":"Forbidden.KeyNotFound"}`);
    expect(result.ok && result.findings[0]!.warnings.join(' ')).toMatch(
      /shows HTTP 500.*documented with 404 or 403/,
    );
  });

  it('says when the message belongs to another code', () => {
    const result = decode(`{"Code":"Rejected.Disabled","Message":"${KEY_NOT_FOUND}"}`);
    expect(result.ok && result.findings[0]!.warnings.join(' ')).toMatch(
      /documented for Forbidden\.KeyNotFound/,
    );
  });

  it('masks what its warnings quote', () => {
    const result = decode('{"Code":"STS.NUgYrLnoC37mZZCNnAbez2Ji","Message":"x"}');
    expect(result.ok && JSON.stringify(result.findings)).not.toContain('NUgYrLnoC37mZZCNnAbez2Ji');
  });

  it('keeps fields it does not know', () => {
    const result = decode(`{"Code":"InternalFailure","TraceId":"abc"}`);
    expect(result.ok && result.findings[0]!.extracted.other).toEqual({ TraceId: 'abc' });
  });

  const nothing = [
    { name: 'empty input', input: '  \n ', reason: /empty/ },
    {
      name: 'JSON without an error',
      input: '{"KeyId":"key-1","KeyState":"Enabled"}',
      reason: /looks like JSON but has no Code/,
    },
    {
      name: 'malformed XML',
      input: '<Error>\n<Code>X</Code>\n<Message>y</Mesage>\n</Error>',
      reason: /malformed at line 3/,
    },
    {
      name: 'XML without an error',
      input: '<Response><KeyId>k</KeyId></Response>',
      reason: /looks like XML but has no Code/,
    },
    { name: 'prose', input: 'hello, the build is green', reason: /No KMS error code/ },
  ];
  for (const { name, input, reason } of nothing) {
    it(`explains finding nothing: ${name}`, () => {
      const result = decode(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    });
  }
});
