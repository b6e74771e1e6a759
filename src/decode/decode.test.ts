import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog/catalog.ts';
import { exampleJson, exampleXml } from '../catalog/examples.ts';
import { decode } from './decode.ts';
import type { MatchKind } from './types.ts';

interface Expected {
  code: string | null;
  match: MatchKind;
  httpStatus?: number | null;
  requestId?: string | null;
  param?: string | null;
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function expectFinding(text: string, expected: Expected) {
  const result = decode(text);
  if (!result.ok) throw new Error(`nothing found: ${result.reason}`);
  expect(result.findings).toHaveLength(1);
  const [finding] = result.findings;
  expect({
    code: finding!.entry?.code ?? null,
    match: finding!.match,
    ...('httpStatus' in expected ? { httpStatus: finding!.extracted.httpStatus ?? null } : {}),
    ...('requestId' in expected ? { requestId: finding!.extracted.requestId ?? null } : {}),
    ...('param' in expected ? { param: finding!.param ?? null } : {}),
  }).toEqual(expected);
}

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

// Every other way people paste a KMS error, written here.
const KEY_NOT_FOUND = 'The specified Key is not found.';
const inline: { name: string; input: string; expected: Expected }[] = [
  {
    name: 'minified JSON in another key order, with an unknown field',
    input: `{"Message":"${KEY_NOT_FOUND}","Code":"Forbidden.KeyNotFound","RequestId":"R-0001-AAAA","Extra":{"a":1}}`,
    expected: { code: 'Forbidden.KeyNotFound', match: 'exact', requestId: 'R-0001-AAAA' },
  },
  {
    name: 'single quotes, trailing comma and a comment',
    input: `{'Code': 'Rejected.Disabled', /* copied from the console */ 'RequestId': 'R-0002-BBBB',}`,
    expected: { code: 'Rejected.Disabled', match: 'exact', requestId: 'R-0002-BBBB' },
  },
  {
    name: 'a Python dict repr',
    input: `{'Code': 'InternalFailure', 'Message': 'Internal Failure.', 'HostId': None, 'RequestId': 'R-0003-CCCC', 'Retry': True}`,
    expected: { code: 'InternalFailure', match: 'exact', requestId: 'R-0003-CCCC' },
  },
  {
    name: 'a truncated body',
    input: `{"RequestId":"R-0004-DDDD","HostId":"kms.cn-hangzhou.aliyuncs.com","Code":"Forbidden.AliasNotFound","Mess`,
    expected: { code: 'Forbidden.AliasNotFound', match: 'exact', requestId: 'R-0004-DDDD' },
  },
  {
    name: 'JSON escaped inside a quoted log string',
    input: `level=error msg="kms failed" body="{\\"Code\\":\\"Forbidden.InDebt\\",\\"RequestId\\":\\"R-0005-EEEE\\"}"`,
    expected: { code: 'Forbidden.InDebt', match: 'exact', requestId: 'R-0005-EEEE' },
  },
  {
    name: 'the KMS instance API field names',
    input: `{"StatusCode":403,"ErrorCode":"Forbidden.NoPermission","ErrorMessage":"This operation is forbidden by permission system.","RequestId":"R-0006-FFFF"}`,
    expected: { code: 'Forbidden.NoPermission', match: 'exact', httpStatus: 403, requestId: 'R-0006-FFFF' },
  },
  {
    name: 'XML with <Error>, a declaration and CDATA',
    input: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><RequestId>R-0007-GGGG</RequestId><Code><![CDATA[Rejected.PendingImport]]></Code></Error>`,
    expected: { code: 'Rejected.PendingImport', match: 'exact', requestId: 'R-0007-GGGG' },
  },
  {
    name: "XML in the older document's broken syntax",
    input: `<? xml version="1.0" encoding="UTF-8"? >\n<! --Result Root Node-->\n<KMS><Code>IllegalTimestamp</Code><HttpStatus>400</HttpStatus></KMS>`,
    expected: { code: 'IllegalTimestamp', match: 'exact', httpStatus: 400 },
  },
  {
    name: 'a code in other case',
    input: `{"Code":"forbidden.keynotfound"}`,
    expected: { code: 'Forbidden.KeyNotFound', match: 'case' },
  },
  {
    name: "the older document's misspelling",
    input: `Code: SerivceUnavailableTemporary`,
    expected: { code: 'ServiceUnavailableTemporary', match: 'alias' },
  },
  {
    name: 'a misspelt code is not in the catalog, and never taken for the code it resembles',
    input: `{"Code":"Forbidden.KeyNotFund"}`,
    expected: { code: null, match: 'none' },
  },
  {
    name: 'only the message, templated, naming the parameter',
    input: `error: The parameter "KeySpec" is needed but not provided.`,
    expected: { code: 'MissingParameter', match: 'message', param: 'KeySpec' },
  },
  {
    name: 'several fields on one line',
    input: `Code: Rejected.Disabled, Message: The request was rejected because the key state is Disabled., RequestId: R-0010-JJJJ`,
    expected: { code: 'Rejected.Disabled', match: 'exact', requestId: 'R-0010-JJJJ' },
  },
  {
    name: 'logfmt fields',
    input: `level=error code=Forbidden.KeyNotFound message="The specified Key is not found." requestId=R-0011-KKKK`,
    expected: { code: 'Forbidden.KeyNotFound', match: 'exact', requestId: 'R-0011-KKKK' },
  },
  {
    name: 'only a Recommend link',
    input: `see https://api.aliyun.com/troubleshoot?q=Rejected.LimitExceeded&product=Kms`,
    expected: { code: 'Rejected.LimitExceeded', match: 'recommend' },
  },
  {
    name: 'only an HTTP status',
    input: `HTTP/1.1 409 Conflict\nRequestId: R-0008-HHHH`,
    expected: { code: null, match: 'status', httpStatus: 409, requestId: 'R-0008-HHHH' },
  },
  {
    name: 'an unknown code of a known family',
    input: `{"Code":"Rejected.SomethingNew","Message":"Brand new."}`,
    expected: { code: null, match: 'none' },
  },
  {
    name: 'a code behind a timestamp, a level and ANSI colours',
    input: `2026-11-22T10:00:00Z \x1b[31mERROR\x1b[0m Decrypt failed: Forbidden.KeyVersionNotFound RequestId: R-0009-IIII`,
    expected: { code: 'Forbidden.KeyVersionNotFound', match: 'exact', requestId: 'R-0009-IIII' },
  },
];

describe('decoding real SDK and CLI output', () => {
  for (const { file, expected } of fixtures) it(file, () => expectFinding(fixture(file), expected));
});

describe('decoding every input kind', () => {
  for (const { name, input, expected } of inline) it(name, () => expectFinding(input, expected));
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
