// npm run decode -- FILE (or - for standard input): one JSON object per error found, one per line,
// with secrets masked; a warning on standard error names each kind of credential the text holds.
// Exits 0 when it found at least one error, 1 when it found none (saying why on standard error),
// 2 when the file cannot be read.
import { readFileSync } from 'node:fs';
import { decode } from '../decode/decode.ts';
import { findingRecord } from '../decode/report/record.ts';
import { secretNotice } from '../decode/secrets/notice.ts';
import { secretKindsIn } from '../decode/secrets/secrets.ts';

const source = process.argv[2];
if (!source) {
  process.stderr.write('usage: npm run decode -- FILE   (or - for standard input)\n');
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(source === '-' ? 0 : source, 'utf8');
} catch (error) {
  process.stderr.write(`decode: cannot read ${source}: ${(error as Error).message}\n`);
  process.exit(2);
}

const result = decode(text);
// What it prints is masked; the warning says what the file itself exposes.
const notice = secretNotice(secretKindsIn(text));
for (const { headline, advice } of notice.warnings)
  process.stderr.write(`decode: warning: ${headline} ${advice}\n`);
if (notice.note) process.stderr.write(`decode: note: ${notice.note}\n`);
if (!result.ok) {
  process.stderr.write(`decode: ${result.reason}\n${result.hint}\n`);
  process.exit(1);
}
for (const note of result.notes) process.stderr.write(`decode: note: ${note}\n`);
process.stdout.write(
  result.findings.map((finding) => JSON.stringify(findingRecord(finding))).join('\n') + '\n',
);
