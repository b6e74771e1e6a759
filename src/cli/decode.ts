// npm run decode -- [--lang zh-CN] FILE (or - for standard input): one JSON object per error found, one per
// line, with secrets masked; a warning on standard error names each kind of credential the text holds.
// --lang sets the language of what it says on standard error; the JSON keys and values stay as they are.
// Exits 0 when it found at least one error, 1 when it found none (saying why on standard error), 2 when
// the file cannot be read or the arguments are wrong.
import { readFileSync } from 'node:fs';
import { catalog } from '../catalog/catalog.ts';
import { isLanguage, type Language } from '../catalog/language.ts';
import { createDecoder } from '../decode/decode.ts';
import { decode } from '../decode/english.ts';
import { findingRecord } from '../decode/report/record.ts';
import { secretNotice } from '../decode/secrets/notice.ts';
import { secretKindsIn } from '../decode/secrets/secrets.ts';
import { englishDecoderText } from '../decode/text/en.ts';
import { chineseDecoderText } from '../decode/text/zh.ts';

// What the command itself says, per language.
const SAYS = {
  en: {
    usage: 'usage: npm run decode -- [--lang zh-CN] FILE   (or - for standard input)',
    cannotRead: (source: string, why: string) => `cannot read ${source}: ${why}`,
    warning: 'warning: ',
    note: 'note: ',
  },
  'zh-CN': {
    usage: '用法：npm run decode -- [--lang zh-CN] 文件   （或用 - 表示标准输入）',
    cannotRead: (source: string, why: string) => `无法读取 ${source}：${why}`,
    warning: '警告：',
    note: '说明：',
  },
} as const satisfies Record<Language, unknown>;

const args = process.argv.slice(2);
const at = args.indexOf('--lang');
const asked = at === -1 ? 'en' : args.splice(at, 2)[1];
if (asked === undefined || !isLanguage(asked)) {
  process.stderr.write(`decode: --lang takes en or zh-CN\n${SAYS.en.usage}\n`);
  process.exit(2);
}
const lang: Language = asked;
const says = SAYS[lang];
const words = lang === 'zh-CN' ? chineseDecoderText : englishDecoderText;
const say = (line: string) => process.stderr.write(`decode: ${line}\n`);

const source = args[0];
if (!source) {
  process.stderr.write(`${says.usage}\n`);
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(source === '-' ? 0 : source, 'utf8');
} catch (error) {
  say(says.cannotRead(source, (error as Error).message));
  process.exit(2);
}

// The JSON is English whatever the language: keys and values stay as they are for scripts.
const result = decode(text);
// What it prints is masked; the warning says what the file itself exposes.
const notice = secretNotice(secretKindsIn(text), words);
for (const { headline, advice } of notice.warnings) say(`${says.warning}${headline} ${advice}`);
if (notice.note) say(`${says.note}${notice.note}`);
if (!result.ok) {
  // Why nothing was found, in the language asked for.
  const why = lang === 'en' ? result : createDecoder(catalog, words)(text);
  if (!why.ok) process.stderr.write(`decode: ${why.reason}\n${why.hint}\n`);
  process.exit(1);
}
const notes =
  lang === 'en'
    ? result.notes
    : (() => {
        const localised = createDecoder(catalog, words)(text);
        return localised.ok ? localised.notes : result.notes;
      })();
for (const note of notes) say(`${says.note}${note}`);
process.stdout.write(
  result.findings.map((finding) => JSON.stringify(findingRecord(finding))).join('\n') + '\n',
);
