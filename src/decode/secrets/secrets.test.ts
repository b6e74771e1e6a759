import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../english.ts';
import { CODE, MESSAGE, REQUEST_ID } from './expectHidden.ts';
import { englishDecoderText } from '../text/en.ts';
import { maskSecrets, secretKindsIn } from './secrets.ts';

describe('what stays readable', () => {
  const plain: readonly { name: string; text: string }[] = [
    {
      name: 'a JSON error body',
      text: `{"Code":"${CODE}","Message":"${MESSAGE}","RequestId":"${REQUEST_ID}"}`,
    },
    { name: 'an error code naming a token', text: 'ErrorCode: InvalidSecurityToken.Expired' },
    {
      name: 'a message about a signature',
      text: 'SignatureDoesNotMatch: Specified signature is not matched',
    },
    {
      name: 'a Tea exception',
      text: 'Error: MissingSecurityToken code: 400, SecurityToken is missing. request id: ABC-1234-XYZ',
    },
    {
      name: 'a secret name and type',
      text: '{"SecretName": "db-password", "SecretDataType": "text", "VersionId": "v1"}',
    },
    {
      name: 'signature method and nonce',
      text: 'SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=f3a9c1e0',
    },
    { name: 'an operation named after secrets', text: 'GetSecretValue: Forbidden.ResourceNotFound' },
    { name: 'a KMS key ARN without an account', text: 'acs:kms:cn-hangzhou::key/key-hzz62f1cb66fa42qo9ba5' },
    {
      name: 'a secret name as a JSON value',
      text: '{"SecretName": "db-password", "SecretDataType": "text"}',
    },
    {
      name: 'a Java stack frame',
      text: '\tat com.aliyun.kms.secretsmanager.client.SecretCacheClient.getSecretInfo(SecretCacheClient.java:132)',
    },
    {
      name: 'a Go source location',
      text: 'E0101 12:00:00.000 1 credentials.go:142] "Credential refresh failed"',
    },
    { name: 'an SDK call named after secrets', text: 'resp = client.get_secret_value(request)' },
    {
      name: 'an error code after a secret word',
      text: 'get secret: Forbidden.ResourceNotFound: The resource is not found.',
    },
  ];
  for (const { name, text } of plain) it(name, () => expect(maskSecrets(text)).toBe(text));

  it('decodes every fixture to the same codes, statuses and RequestIds once masked', () => {
    const dir = new URL('../fixtures/', import.meta.url);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const summary = (input: string) => {
        const result = decode(input);
        return result.ok
          ? result.findings.map((f) => [
              f.entry?.code,
              f.extracted.code,
              f.extracted.httpStatus,
              f.extracted.requestId,
            ])
          : result.reason;
      };
      expect(summary(maskSecrets(text)), file).toEqual(summary(text));
    }
  });

  it('keeps the fields after a masked value on the same line', () => {
    const masked = maskSecrets(
      `level=error token=abc123 password=hunter2 code=${CODE} requestId=${REQUEST_ID}`,
    );
    expect(masked).toBe(`level=error token=*** password=*** code=${CODE} requestId=${REQUEST_ID}`);
  });

  it('warns of no credential where there is only a placeholder or a reference', () => {
    for (const text of [
      'config.AccessKeySecret = tea.String(os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))',
      "access_key_secret=os.getenv('ALIBABA_CLOUD_ACCESS_KEY_SECRET')",
      'accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,',
      'access-key-secret: ${{ secrets.ALIYUN_AK_SECRET }}',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=$ALIBABA_CLOUD_ACCESS_KEY_SECRET',
      'secret_key = "<your-secret-key>"',
      '"AccessKeySecret": "***"',
      '"Password": ""',
    ])
      expect(
        secretKindsIn(text).filter((kind) => englishDecoderText.secrets.advice[kind]),
        text,
      ).toEqual([]);
  });
});
