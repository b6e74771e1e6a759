// Never shipped: a log of any size, for the journeys and the bench that try the decoder at scale.
import { readFileSync } from 'node:fs';

const LINES = readFileSync(new URL('../src/decode/fixtures/multi-error-log.txt', import.meta.url), 'utf8')
  .trimEnd()
  .split('\n');

/** A log of about `bytes`, the multi-error fixture's lines over and over. */
export function scaledLog(bytes: number): string {
  const out: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const line = LINES[i % LINES.length]!;
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}
