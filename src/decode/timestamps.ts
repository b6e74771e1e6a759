// When an error was logged, read from the log: the time on its line, or on a line just above it (a
// traceback or a pretty-printed body under a timestamped log line).
import { lineIndexAt } from './textLines.ts';

// 2026-11-22T10:00:00Z, 2026-11-22 10:00:00,123, 2026/11/22 10:00:00+08:00 (logs, Go's log package)
const ISO_LIKE =
  /\b\d{4}[-/](?:0[1-9]|1[0-2])[-/](?:0[1-9]|[12]\d|3[01])[T ](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?/;
// Tue, 14 May 2024 08:21:37 GMT (an HTTP Date header in an SDK's dump of the response)
const HTTP_DATE =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT\b/;
// How far above the error's first line a time is still its own.
const LINES_ABOVE = 3;
const MAX_LINE = 2000;

/** The time written on the line of `offset`, or on one of the few lines above it; undefined if none. */
export function timestampNear(
  text: string,
  lineStarts: readonly number[],
  offset: number,
): string | undefined {
  const line = lineIndexAt(lineStarts, offset);
  for (let index = line; index >= 0 && index >= line - LINES_ABOVE; index--) {
    const start = lineStarts[index]!;
    const end = Math.min((lineStarts[index + 1] ?? text.length + 1) - 1, start + MAX_LINE);
    const time = timeIn(text.slice(start, end));
    if (time) return time;
  }
  return undefined;
}

/** The first time a line states, as written. */
export function timeIn(line: string): string | undefined {
  return ISO_LIKE.exec(line)?.[0] ?? HTTP_DATE.exec(line)?.[0];
}
