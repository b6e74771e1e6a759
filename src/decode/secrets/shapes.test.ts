import { describe, expect, it } from 'vitest';
import { errorAround, expectHidden } from './expectHidden.ts';
import { secretNotice } from './notice.ts';
import { secretKindsIn, type SecretKind } from './secrets.ts';
import { englishDecoderText } from '../text/en.ts';

// Credentials recognised by their shape, whatever (if anything) names them.
const SHAPES: readonly { name: string; text: string; secret: string; kind: SecretKind }[] = [
  {
    name: 'the legacy acs Authorization header: ID and signature',
    text: 'Authorization: acs LTAI5tBx7QmW3rVz9KpN2sLd:frJIUN8DYpKDtOLCwo//yllqDzg=',
    secret: 'frJIUN8DYpKDtOLCwo//yllqDzg=',
    kind: 'signature',
  },
  {
    name: 'an acs signature in a log line without its header name',
    text: 'sent acs LTAI5tBx7QmW3rVz9KpN2sLd:frJIUN8DYpKDtOLCwo//yllqDzg= to kms',
    secret: 'frJIUN8DYpKDtOLCwo//yllqDzg=',
    kind: 'signature',
  },
  {
    name: 'the V3 ACS3-HMAC-SHA256 Authorization header',
    text: 'Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tBx7QmW3rVz9KpN2sLd,SignedHeaders=host;x-acs-action,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    secret: '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    kind: 'signature',
  },
  {
    name: 'a query Signature in a signed URL',
    text: 'GET https://kms.cn-hangzhou.aliyuncs.com/?AccessKeyId=LTAI5tBx7QmW3rVz9KpN2sLd&Action=Decrypt&Signature=Zq8vL2mX4pR1tN7cK0wY5sH3jE6%3D',
    secret: 'Zq8vL2mX4pR1tN7cK0wY5sH3jE6',
    kind: 'signature',
  },
  {
    name: 'a URL-encoded string to sign with a security token',
    text: 'server string to sign is:POST&%2F&AccessKeyId%3DSTS.NUgYrLnoC37mZZCNnAbez2Tq9%26SecurityToken%3DCAISvQJ1q6Ft5B2yfSjIr5bSEsKAibabcdef%26Signature%3Dabc',
    secret: 'vQJ1q6Ft5B2yfSjIr5bSEsKAibabcdef',
    kind: 'security-token',
  },
  {
    name: 'a bare STS token',
    text: 'token CAISvQJ1q6Ft5B2yfSjIr5bSEsKAibabcdefGHIJKLMN',
    secret: 'vQJ1q6Ft5B2yfSjIr5bSEsKAibabcdefGHIJKLMN',
    kind: 'security-token',
  },
  {
    name: 'an x-acs-security-token header',
    text: 'x-acs-security-token: Xq1ShortTokenValue9987abcd',
    secret: 'Xq1ShortTokenValue9987abcd',
    kind: 'security-token',
  },
  {
    name: 'a long-term AccessKey ID alone',
    text: 'used LTAI5tBx7QmW3rVz9KpN2sLd',
    secret: '5tBx7QmW3rVz9KpN2sLd',
    kind: 'accesskey-id',
  },
  {
    name: 'an STS AccessKey ID alone',
    text: 'used STS.NUgYrLnoC37mZZCNnAbez2Tq9',
    secret: 'NUgYrLnoC37mZZCNnAbez2Tq9',
    kind: 'accesskey-id',
  },
  {
    name: 'an AccessKey secret as a positional argument',
    text: 'new DefaultProfile("cn-hangzhou", "LTAI5tBx7QmW3rVz9KpN2sLd", "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy")',
    secret: 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy',
    kind: 'accesskey-secret',
  },
  {
    name: 'a password in a URL',
    text: 'jdbc:mysql://admin:pa55w0rd!@db.internal:3306/app',
    secret: 'pa55w0rd!',
    kind: 'password',
  },
  {
    name: 'a PEM private key',
    text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAuWkjF3\nQ0mbkP7x9vG2\n-----END RSA PRIVATE KEY-----',
    secret: 'MIIEpAIBAAKCAQEAuWkjF3',
    kind: 'private-key',
  },
  {
    name: 'a PEM private key inside JSON, newlines escaped',
    text: '{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0\\n-----END PRIVATE KEY-----\\n"}',
    secret: 'MIIEvQIBADANBgkqhkiG9w0',
    kind: 'private-key',
  },
  {
    name: 'a KMS client key file',
    text: '{"KeyId": "KAAP.71be72c8-73b9-44e0-bb75-81ee51b4f3ba", "PrivateKeyData": "MIIJ+QIBAzCCCb8GCSqGSIb3DQEHAaCCCbAEggms"}',
    secret: 'MIIJ+QIBAzCCCb8GCSqGSIb3DQEHAaCCCbAEggms',
    kind: 'private-key',
  },
  {
    name: 'the plaintext data key of a GenerateDataKey response',
    text: '{"KeyId":"key-hzz62f1cb66fa42qo9ba5","KeyVersionId":"2ab1a983-7072-4bbc-a582-584b5bd8****","Plaintext":"QmFzZTY0RGF0YUtleUJ5dGVzMTIz","CiphertextBlob":"ODZlNjM3MGYtODJlMC00ZDM0"}',
    secret: 'QmFzZTY0RGF0YUtleUJ5dGVzMTIz',
    kind: 'key-material',
  },
  {
    name: 'an exported data key',
    text: '{"ExportedDataKey": "BQKP+1zK6+ZEMxTP5qaVzcsgXtWplYBKm0NXdSnB5FzliFxE1bSiu4dnEIlca2JpeH7yz1/S6fed630H+hIH6DoM25fTLNcKj"}',
    secret:
      'BQKP+1zK6+ZEMxTP5qaVzcsgXtWplYBKm0NXdSnB5FzliFxE1bSiu4dnEIlca2JpeH7yz1/S6fed630H+hIH6DoM25fTLNcKj',
    kind: 'key-material',
  },
  {
    name: 'a password with spaces, unquoted',
    text: 'password: correct horse battery staple',
    secret: 'horse battery staple',
    kind: 'password',
  },
  {
    name: 'a JSON password with an escaped quote inside',
    text: '{"Password": "ab\\"cd-tail-part"}',
    secret: 'cd-tail-part',
    kind: 'password',
  },
  {
    name: 'a bearer token',
    text: 'Authorization: Bearer abcdef0123456789ghijklmnop',
    secret: 'abcdef0123456789ghijklmnop',
    kind: 'credential',
  },
  {
    name: 'an account ID in an ARN',
    text: 'acs:ram::1234567890123456:role/kms-reader',
    secret: '1234567890123456',
    kind: 'account-id',
  },
];

describe('masking credentials by their shape', () => {
  for (const { name, text, secret, kind } of SHAPES)
    it(name, () => {
      const paste = errorAround(text);
      expectHidden(paste, secret);
      expect(secretKindsIn(paste)).toContain(kind);
      const notice = secretNotice(secretKindsIn(paste), englishDecoderText);
      expect([...notice.warnings.map((w) => w.headline), notice.note ?? ''].join(' ')).toMatch(
        /This text contains /,
      );
    });
});
