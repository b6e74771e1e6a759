import { describe, expect, it } from 'vitest';
import { chineseDecoderText } from '../../decode/text/zh.ts';
import { catalog } from '../catalog.ts';
import { createSearch } from '../search/search.ts';
import { catalogZh } from './catalog.ts';
import { guidanceZh } from './guidance.ts';
import { chineseCatalogText } from './text.ts';
import { englishCatalogText } from '../text/en.ts';
import { stringsOf as allStrings } from '../text/stringsOf.ts';

const CHINESE = /[\u4e00-\u9fff]/;

// A list of names serves as every argument: it joins, slices and prints like a name or a count.
const NAMES = ['Decrypt', 'Forbidden.KeyNotFound'];
const stringsOf = (value: unknown, path: string) => allStrings(value, path, Array(6).fill(NAMES));

describe('the Chinese catalog', () => {
  const english = new Map(catalog.map((entry) => [entry.code, entry]));

  it('has Chinese guidance for every code, shaped like the English', () => {
    for (const entry of catalogZh) {
      const zh = guidanceZh[entry.code as keyof typeof guidanceZh];
      const en = english.get(entry.code)!;
      for (const [path, text] of stringsOf(
        { meaning: zh.meaning, causes: zh.causes, fixes: zh.fixes, avoid: zh.avoid, says: entry.says },
        entry.code,
      ))
        expect(text, path).toMatch(CHINESE);
      expect([zh.causes.length, zh.fixes.length, zh.avoid === undefined], entry.code).toEqual([
        en.causes.length,
        en.fixes.length,
        en.avoid === undefined,
      ]);
      expect(zh.terms.length, entry.code).toBeGreaterThan(0);
      for (const term of zh.terms) expect(term, entry.code).toMatch(/^\S+$/);
    }
  });

  it('keeps the API’s own messages and the facts as they are', () => {
    for (const entry of catalogZh) {
      const en = english.get(entry.code)!;
      expect([entry.messages, entry.httpStatus, entry.related], entry.code).toEqual([
        en.messages,
        en.httpStatus,
        en.related,
      ]);
    }
  });

  it('has every word of its labels, families, states and next steps in Chinese', () => {
    const strings = stringsOf(chineseCatalogText, 'catalog');
    expect(strings.length).toBeGreaterThan(40);
    // A family's label is the code prefix itself (Forbidden.): the code stays as the API writes it.
    for (const [path, text] of strings.filter(([path]) => !/\.family\.(?!none$)\w+$/.test(path)))
      expect(text, path).toMatch(CHINESE);
  });

  it('has everything the decoder says in Chinese', () => {
    const strings = stringsOf({ ...chineseDecoderText, catalog: undefined }, 'decoder');
    expect(strings.length).toBeGreaterThan(50);
    // Field and credential names are the same in every language, as Alibaba's Chinese docs write them.
    const names = /^(RequestId|HostId|AccessKey Secret|AccessKey ID|HTTP [^\s]+)$/;
    for (const [path, text] of strings.filter(([, text]) => !names.test(text)))
      expect(text, path).toMatch(CHINESE);
  });
});

describe('searching the Chinese catalog', () => {
  const search = createSearch(catalogZh);
  const cases = [
    { query: '密钥不存在', first: 'Forbidden.KeyNotFound' },
    { query: '别名不存在', first: 'Forbidden.AliasNotFound' },
    { query: '签名', first: 'SignatureDoesNotMatch' },
    { query: '时间戳', first: 'IllegalTimestamp' },
    { query: '限流', first: 'Throttling' },
    { query: '欠费', first: 'Forbidden.InDebt' },
    { query: '权限', first: 'Forbidden.NoPermission' },
    { query: '待删除', first: 'Rejected.PendingDeletion' },
    { query: '密钥已禁用', first: 'Rejected.Disabled' },
    { query: '导入令牌过期', first: 'ExpiredImportToken' },
    // English and code queries work on the Chinese page too.
    { query: 'keynotfound', first: 'Forbidden.KeyNotFound' },
    { query: 'rejected.disabled', first: 'Rejected.Disabled' },
    // Mixed: the Chinese words and the Latin ones must all be there.
    { query: 'EnableKey 禁用', first: 'Rejected.Disabled' },
  ];
  for (const { query, first } of cases)
    it(`${query} finds ${first} first`, () => expect(search.search(query)[0]?.entry.code).toBe(first));

  it('marks where the Chinese words stand in what the message means', () => {
    const [hit] = search.search('密钥不存在');
    const says = hit!.says!;
    expect(says.text).toBe(hit!.entry.says);
    expect(says.spans.map(([start, end]) => says.text.slice(start, end + 1))).toContain('密钥不存在');
  });

  it('finds nothing in the English catalog for a Chinese query', () =>
    expect(createSearch(catalog).search('密钥不存在')).toEqual([]));
});

describe('what each documented misspelling is', () => {
  const aliases = catalog.flatMap((entry) => entry.aliases.map((alias) => alias.code));

  it('is said in both languages for every alias, and for nothing else', () => {
    expect(aliases.length).toBeGreaterThan(0);
    for (const words of [englishCatalogText, chineseCatalogText])
      expect(Object.keys(words.aliasNote).sort()).toEqual([...aliases].sort());
    for (const alias of aliases) expect(chineseCatalogText.aliasNote[alias], alias).toMatch(CHINESE);
  });
});
