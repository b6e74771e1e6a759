import { describe, expect, it } from 'vitest';
import { FOOTER_TEXT } from '../../app/footerText.ts';
import { stringsOf as allStrings } from '../../catalog/text/stringsOf.ts';
import { englishUiText } from './en.ts';
import { englishViewText } from './enViews.ts';
import { chineseUiText } from './zh.ts';
import { chineseViewText } from './zhViews.ts';

const CHINESE = /[\u4e00-\u9fff]/;

// Functions are called with two counts and a name.
const stringsOf = (value: unknown, path: string) => allStrings(value, path, [2, 3, 'Decrypt']);

// Words that are the same on the Chinese page, as Alibaba's Chinese documentation and console write them:
// product and tool names, protocol words, field names the API returns, file names, punctuation, and the link to the
// English page (written in English on purpose).
const SAME_IN_CHINESE = new Set([
  'app.otherLanguage',
  'app.otherLanguageSuggestion',
  'app.title.search()',
  'decoder.pastePlaceholder',
  'decoder.examples.go',
  'decoder.examples.python',
  'decoder.examples.java',
  'decoder.examples.node',
  'decoder.examples.cli',
  'decoder.examples.terraform',
  'explorer.columns.status',
  'explorer.csvFile',
  'decoder.examples.tea',
  'results.csvFile',
  'shared.colon',
  'shared.fullStop',
  'shared.listSeparator',
  'results.fieldNames.hostId',
  'results.fieldNames.recommend',
  'results.rowColumns.status',
  'pages.operation.didYouMeanEnd',
]);

describe('the Chinese interface', () => {
  const chinese = [
    ...stringsOf(chineseUiText, 'ui').map(([path, text]) => [path.slice(3), text] as const),
    ...stringsOf(chineseViewText, 'ui').map(([path, text]) => [path.slice(3), text] as const),
    ...stringsOf(FOOTER_TEXT['zh-CN'], 'footer'),
  ];

  it('has every word in Chinese, but for names that stay as they are', () => {
    expect(chinese.length).toBeGreaterThan(200);
    for (const [path, text] of chinese) if (!SAME_IN_CHINESE.has(path)) expect(text, path).toMatch(CHINESE);
  });

  it('has as many strings as the English, so nothing was left out of a list or a sentence', () => {
    const english = [...stringsOf(englishUiText, 'ui'), ...stringsOf(englishViewText, 'ui')];
    expect(chinese.length).toBe(english.length + Object.keys(FOOTER_TEXT.en).length);
  });

  it('has a reason for each word kept as it is', () => {
    const paths = new Set(chinese.map(([path]) => path));
    for (const path of SAME_IN_CHINESE) expect(paths.has(path), path).toBe(true);
  });
});
