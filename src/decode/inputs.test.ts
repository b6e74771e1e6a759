import { describe, it } from 'vitest';
import { expectFinding, KEY_NOT_FOUND, type Expected } from './expectFinding.ts';

// Every other way people paste a KMS error, written here.
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

describe('decoding every input kind', () => {
  for (const { name, input, expected } of inline) it(name, () => expectFinding(input, expected));
});
