import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.ts';
import { chineseCatalogText } from './zh/text.ts';
import { catalogZh } from './zh/catalog.ts';
import { catalogCsv, csvField } from './csv.ts';
import { englishCatalogText } from './text/en.ts';

describe('CSV', () => {
  const cases = [
    { input: 'plain', expected: 'plain' },
    { input: 'a, b', expected: '"a, b"' },
    { input: 'say "hi"', expected: '"say ""hi"""' },
    { input: 'two\nlines', expected: '"two\nlines"' },
    { input: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
  ];
  for (const { input, expected } of cases)
    it(`field ${JSON.stringify(input)}`, () => expect(csvField(input)).toBe(expected));

  it('has a header and one row per entry', () => {
    const lines = catalogCsv(catalog, englishCatalogText).trimEnd().split('\r\n');
    expect(lines[0]).toBe('code,httpStatus,message,category,actor,retry,aliases,meaning');
    expect(lines).toHaveLength(catalog.length + 1);
    expect(lines.find((line) => line.startsWith('ServiceUnavailableTemporary,'))).toContain(
      'SerivceUnavailableTemporary',
    );
  });
});

describe('the Chinese CSV', () => {
  const lines = catalogCsv(catalogZh, chineseCatalogText).trimEnd().split('\r\n');

  it('has Chinese headers, with a column saying what each message means', () => {
    expect(lines[0]).toBe(
      '错误码,HTTP 状态码,错误信息（API 原文）,错误信息含义,分类,由谁处理,重试,其他写法,含义',
    );
    expect(lines).toHaveLength(catalogZh.length + 1);
  });

  it('writes the classifications as Chinese labels and keeps the API message as returned', () => {
    const row = lines.find((line) => line.startsWith('Forbidden.KeyNotFound,'))!;
    expect(row).toContain('The specified Key is not found.');
    const entry = catalogZh.find((candidate) => candidate.code === 'Forbidden.KeyNotFound')!;
    expect(row).toContain(`,${chineseCatalogText.retry[entry.retry]},`);
    expect(row).not.toContain(`,${entry.retry},`);
  });
});
