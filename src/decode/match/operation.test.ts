import { describe, expect, it } from 'vitest';
import { decode } from '../english.ts';

const body = (code: string) => `{"RequestId":"R-1234-ABCD","Code":"${code}"}`;
const cases: { name: string; input: string; operation: string | null }[] = [
  {
    name: 'a signed URL',
    input: `GET https://kms.cn-hangzhou.aliyuncs.com/?Action=Decrypt&Version=2016-01-20 → ${body('Rejected.Disabled')}`,
    operation: 'Decrypt',
  },
  {
    name: 'a request dump',
    input: `{"Action": "GenerateDataKey", "KeyId": "key-1"}\n${body('Forbidden.KeyNotFound')}`,
    operation: 'GenerateDataKey',
  },
  {
    name: 'an SDK request class',
    input: `DecryptRequest request = new DecryptRequest();\ncom.aliyuncs.exceptions.ClientException: Rejected.Disabled : The request was rejected because the key state is Disabled.`,
    operation: 'Decrypt',
  },
  {
    name: 'the aliyun CLI',
    input: `$ aliyun kms Encrypt --KeyId alias/app --Plaintext aGVsbG8=\nERROR: SDK.ServerError\nErrorCode: Forbidden.AliasNotFound`,
    operation: 'Encrypt',
  },
  {
    name: 'a Terraform resource',
    input: `[ERROR] terraform-provider-alicloud/alicloud/resource_alicloud_kms_key.go:210: Resource alicloud_kms_key CreateKey Failed!!! [SDK alibaba-cloud-sdk-go ERROR]:\nSDK.ServerError\nErrorCode: Forbidden.NoPermission`,
    operation: 'CreateKey',
  },
  {
    name: 'a Tea SDK call',
    input: `resp, err := client.ScheduleKeyDeletionWithOptions(request, runtime)\nSDKError:\n   StatusCode: 409\n   Code: Rejected.StateModifiedFailed`,
    operation: 'ScheduleKeyDeletion',
  },
  {
    name: 'a Python call',
    input: `client.generate_data_key_with_options(request, runtime)\nTea.exceptions.TeaException: Error: Forbidden.KeyNotFound code: 404`,
    operation: 'GenerateDataKey',
  },
  {
    name: 'a log message',
    input: `2026-11-22T10:00:00Z ERROR Decrypt failed: ErrorCode: Rejected.PendingDeletion RequestId: R-9999-AAAA`,
    operation: 'Decrypt',
  },
  { name: 'no operation at all', input: body('Forbidden.KeyNotFound'), operation: null },
  {
    name: 'a word that is no operation',
    input: `Upload failed: ${body('InternalFailure')}`,
    operation: null,
  },
];

describe('reading the operation', () => {
  for (const { name, input, operation } of cases)
    it(name, () => {
      const result = decode(input);
      if (!result.ok) throw new Error(result.reason);
      expect(result.findings[0]!.operation ?? null).toBe(operation);
    });

  it('takes each error’s operation from its own part of a log', () => {
    const log = [
      '10:00:01 ERROR Decrypt failed: ErrorCode: Rejected.Disabled RequestId: R-1-AAAAAA',
      '10:00:02 ERROR Encrypt failed: ErrorCode: Rejected.PendingDeletion RequestId: R-2-AAAAAA',
      '10:00:03 ERROR call failed: ErrorCode: InternalFailure RequestId: R-3-AAAAAA',
    ].join('\n');
    const result = decode(log);
    expect(result.ok && result.findings.map((f) => f.operation ?? null)).toEqual([
      'Decrypt',
      'Encrypt',
      null,
    ]);
  });
});

describe('using the operation', () => {
  it('gives the key-state next step: Decrypt on a Disabled key', () => {
    const result = decode(`Decrypt failed: ${body('Rejected.Disabled')}`);
    expect(result.ok && result.findings[0]!.nextStep).toMatch(
      /^Decrypt is refused because the key is Disabled: enable it with EnableKey/,
    );
  });

  it('explains Rejected.StateModifiedFailed from the key-state table, never as a race', () => {
    const result = decode(`EnableKey failed: ${body('Rejected.StateModifiedFailed')}`);
    const step = result.ok ? result.findings[0]!.nextStep : '';
    expect(step).toMatch(/EnableKey cannot act on the key while it is PendingDeletion or PendingImport/);
    expect(step).toMatch(/retrying never changes that/);
  });

  it('says when the operation’s reference does not list an operation-specific code', () => {
    const result = decode(`Decrypt failed: ${body('Certificate.NotFound')}`);
    expect(result.ok && result.findings[0]!.warnings.join(' ')).toMatch(
      /Decrypt's reference does not list Certificate\.NotFound/,
    );
  });

  it('takes no status any operation documents for a disagreement', () => {
    const result = decode(`GetSecretValue failed: {"HttpStatus":403,"Code":"Forbidden.KeyNotFound"}`);
    expect(result.ok && result.findings[0]!.warnings).toEqual([]);
  });
});
