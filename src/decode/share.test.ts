import { describe, expect, it } from 'vitest';
import { maskSecrets, readShareFragment, shareFragment } from './share.ts';

const cases = [
  {
    name: 'a long-term AccessKey ID',
    input: 'AccessKeyId LTAI5tBx7QmW3rVz9KpN2sLd failed',
    expected: 'AccessKeyId LTAI*** failed',
  },
  {
    name: 'an STS AccessKey ID',
    input: 'key STS.NUgYrLnoC37mZZCNnAbez2Tq9 expired',
    expected: 'key STS.*** expired',
  },
  {
    name: 'a signed URL',
    input:
      'https://kms.cn-hangzhou.aliyuncs.com/?AccessKeyId=LTAI5tBx7QmW3rVz9KpN2sLd&Action=Decrypt&Signature=k3Jm9s%3D&SignatureNonce=f3a9',
    expected:
      'https://kms.cn-hangzhou.aliyuncs.com/?AccessKeyId=***&Action=Decrypt&Signature=***&SignatureNonce=***',
  },
  {
    name: 'an account id in an ARN',
    input: 'acs:kms:cn-hangzhou:1234567890123456:key/key-abc',
    expected: 'acs:kms:cn-hangzhou:***:key/key-abc',
  },
  {
    name: 'a bare account id',
    input: 'uid 1234567890123456 denied',
    expected: 'uid **************** denied',
  },
  {
    name: 'a JSON token field',
    input: '{"SecurityToken": "CAIS9gF1q6Ft5B2yfSjIr"}',
    expected: '{"SecurityToken": "***"}',
  },
  {
    name: 'nothing secret',
    input: '{"Code":"Forbidden.KeyNotFound","RequestId":"4C467B38-3910-447D-87BC-AC049166F216"}',
    expected: '{"Code":"Forbidden.KeyNotFound","RequestId":"4C467B38-3910-447D-87BC-AC049166F216"}',
  },
];

describe('masking secrets', () => {
  for (const { name, input, expected } of cases) it(name, () => expect(maskSecrets(input)).toBe(expected));
});

describe('share links', () => {
  it('round-trips any text through the fragment, Unicode included', () => {
    const text = '{"Code":"Rejected.Disabled","Message":"密钥已禁用 — ✓"}\n';
    const fragment = shareFragment(text)!;
    expect(fragment).toMatch(/^#paste=[A-Za-z0-9_-]+$/);
    expect(readShareFragment(fragment)).toBe(text);
  });

  it('refuses text too long for a link', () => expect(shareFragment('x'.repeat(20_000))).toBeUndefined());

  it('ignores other and damaged fragments', () => {
    expect(readShareFragment('#code=Forbidden.KeyNotFound')).toBeUndefined();
    expect(readShareFragment('#paste=!!!')).toBeUndefined();
    expect(readShareFragment('#paste=_w')).toBeUndefined();
  });
});
