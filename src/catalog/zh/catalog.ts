import { facts } from '../facts/facts.ts';
import { related } from '../related.ts';
import type { CatalogEntry } from '../types.ts';
import { guidanceZh } from './guidance.ts';
import { saysZh } from './says.ts';

/**
 * 中文目录：每个错误码的事实（API 返回的消息保持英文原文）配上中文说明、消息的中文释义和中文检索词。
 * The zh-CN page's catalog; related codes are the same in both languages.
 */
export const catalogZh: readonly CatalogEntry[] = facts.map((entry) => {
  const zh = guidanceZh[entry.code];
  return {
    ...entry,
    meaning: zh.meaning,
    causes: zh.causes,
    fixes: zh.fixes,
    ...(zh.avoid ? { avoid: zh.avoid } : {}),
    related: related[entry.code],
    says: saysZh[entry.code],
    terms: zh.terms,
  };
});
