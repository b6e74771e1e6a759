import { describe, expect, it } from 'vitest';
import { readShareFragment } from './fragment.ts';
import { MAX_SHARED, shareable, shareFragment, summaryText } from './share.ts';
import { codesOfSummary } from './summaryLines.ts';
import { englishDecoderText } from '../text/en.ts';

const summary = [
  { code: 'Forbidden.KeyNotFound', count: 3 },
  { code: 'Rejected.Disabled', count: 40 },
];

describe('share links', () => {
  it('reads back the codes a shared summary names, most frequent first', () => {
    expect(codesOfSummary(summaryText(summary, 43, 2048, englishDecoderText))).toEqual([
      'Rejected.Disabled',
      'Forbidden.KeyNotFound',
    ]);
  });

  it('round-trips any text through the fragment, Unicode included', () => {
    const text = '{"Code":"Rejected.Disabled","Message":"密钥已禁用 — ✓"}\n';
    const fragment = shareFragment({ kind: 'paste', text });
    expect(fragment).toMatch(/^#paste=[A-Za-z0-9_-]+$/);
    expect(readShareFragment(fragment)).toEqual({ kind: 'paste', text });
  });

  it('masks what it carries even when handed text that was not masked', () => {
    const fragment = shareFragment({ kind: 'paste', text: 'AccessKeySecret=Zx9Qw3Er5Ty7Ui1Op3As5Df7Gh9Jk2' });
    expect(readShareFragment(fragment)?.text).toBe('AccessKeySecret=***');
  });

  it('carries the masked text when it fits', () => {
    expect(shareable('password: hunter2 and more', summary, 43, englishDecoderText)).toEqual({
      kind: 'paste',
      text: 'password: ***',
    });
  });

  it('carries the codes and counts, most frequent first, of a log too long for a link', () => {
    const log = 'Rejected.Disabled\n'.repeat(Math.ceil(MAX_SHARED / 10));
    const shared = shareable(log, summary, 43, englishDecoderText);
    expect(shared?.kind).toBe('summary');
    const lines = shared!.text.split('\n');
    expect(lines[0]).toMatch(/^43 KMS errors in a \d+ KB log, by code \(codes and counts only\):$/);
    expect(lines.slice(1, 3)).toEqual(['40 × Rejected.Disabled', ' 3 × Forbidden.KeyNotFound']);
    expect(readShareFragment(shareFragment(shared!))).toEqual(shared);
  });

  it('counts what a link carries in bytes: a long Chinese paste is shared as its summary', () => {
    const chinese = '密钥不存在。'.repeat(2000);
    expect(chinese.length).toBeLessThan(MAX_SHARED);
    expect(shareable(chinese, summary, 43, englishDecoderText)?.kind).toBe('summary');
    const fits = '密钥不存在。'.repeat(500);
    const shared = shareable(fits, summary, 43, englishDecoderText)!;
    expect(readShareFragment(shareFragment(shared))).toEqual({ kind: 'paste', text: fits });
  });

  it('keeps a summary of thousands of codes within a link', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ code: `Unknown.Code${i}`, count: 1 }));
    const text = summaryText(many, 5000, 3 * 1024 * 1024, englishDecoderText);
    expect(text.length).toBeLessThan(MAX_SHARED);
    expect(text).toContain('… and 4800 more codes');
  });

  it('ignores other and damaged fragments', () => {
    expect(readShareFragment('#code=Forbidden.KeyNotFound')).toBeUndefined();
    expect(readShareFragment('#paste=!!!')).toBeUndefined();
    expect(readShareFragment('#paste=_w')).toBeUndefined();
  });
});
