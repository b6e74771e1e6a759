// Errors inside Chinese logs: Chinese words around them, full-width punctuation, Chinese field names. They
// must read as well as the same error in an English log.
import { describe, expect, it } from 'vitest';
import { catalogZh } from '../catalog/zh/catalog.ts';
import { createDecoder } from './decode.ts';
import { decode } from './english.ts';
import { chineseDecoderText } from './text/zh.ts';

const decodeZh = createDecoder(catalogZh, chineseDecoderText);
const REQUEST_ID = '7A9C3E11-4B2D-4F6A-8E0B-1C2D3E4F5A6B';

// The same error written in a Chinese log and in an English one.
const pairs = [
  {
    chinese: `2026-11-29 10:00:02 [错误] 调用 KMS 解密失败，错误码：Forbidden.KeyNotFound，错误信息：The specified Key is not found.，请求ID：${REQUEST_ID}`,
    english: `2026-11-29 10:00:02 [ERROR] KMS decrypt failed, ErrorCode: Forbidden.KeyNotFound, Message: The specified Key is not found., RequestId: ${REQUEST_ID}`,
  },
  {
    chinese:
      '错误码： Rejected.Disabled\n错误信息： The key is disabled.\n请求 ID： R-1-ABCD\nHTTP 状态码：409',
    english:
      'ErrorCode: Rejected.Disabled\nMessage: The key is disabled.\nRequestId: R-1-ABCD\nHTTP Status: 409',
  },
  {
    chinese: '错误码：ＦＯＲＢＩＤＤＥＮ．ＫＥＹＮＯＴＦＯＵＮＤ，请求ID：R-3',
    english: 'ErrorCode: FORBIDDEN.KEYNOTFOUND, RequestId: R-3',
  },
];

describe('an error in a Chinese log', () => {
  it.each(pairs)('reads $chinese as well as the English log', ({ chinese, english }) => {
    const read = decodeZh(chinese);
    const expected = decode(english);
    if (!read.ok || !expected.ok) throw new Error('nothing decoded');
    const fields = (result: typeof read) =>
      result.findings.map(({ entry, match, extracted }) => ({ code: entry?.code, match, extracted }));
    expect(fields(read)).toEqual(fields(expected));
  });

  it('finds the code, its message and its request ID, and says what to do in Chinese', () => {
    const read = decodeZh(pairs[0]!.chinese);
    if (!read.ok) throw new Error(read.reason);
    const [finding] = read.findings;
    expect(finding?.entry?.code).toBe('Forbidden.KeyNotFound');
    expect(finding?.match).toBe('exact');
    expect(finding?.extracted.requestId).toBe(REQUEST_ID);
    expect(finding?.extracted.message).toBe('The specified Key is not found.');
    expect(finding?.entry?.fixes[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says in Chinese why a Chinese text holds no error', () => {
    const read = decodeZh('调用成功，返回了密钥 ID。');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/[\u4e00-\u9fff]/);
  });
});
