// Lines of a text, counted one way everywhere: the line readers, the XML reader's "line N", the paste
// box's line count and the share preview's height.

/** Offsets where each line starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The index of the line that holds the offset, by binary search over the line starts. */
export function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How many lines the text has: one more than its newlines. */
export function lineCount(text: string): number {
  return lineNumberAt(text, text.length);
}

/** The line (counted from 1) that holds the offset. */
export function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// Longer lines are read with their long unbroken runs (a ciphertext, a base64 blob) cut short: what a
// reader looks for is words, and a line of megabytes is never read whole. A run keeps its ends, where a
// word glued to it ("…AAAA=,ErrorCode:Rejected.Disabled") would be.
const MAX_LINE = 64 * 1024;
const KEPT_END = 256;
const RUN = /\S+/g;

/**
 * Line `index` as the line readers read it: itself, or, when it is longer than 64 KB, with the middle of
 * every long run of non-blank characters cut to "…"; undefined when even that leaves it too long.
 */
export function readableLine(text: string, lineStarts: readonly number[], index: number): string | undefined {
  const start = lineStarts[index]!;
  const end = (lineStarts[index + 1] ?? text.length + 1) - 1;
  if (end - start <= MAX_LINE) return text.slice(start, end);
  const condensed = text
    .slice(start, end)
    .replace(RUN, (run) =>
      run.length > 3 * KEPT_END ? `${run.slice(0, KEPT_END)}…${run.slice(-KEPT_END)}` : run,
    );
  return condensed.length <= MAX_LINE ? condensed : undefined;
}
