// Lines of a text, counted one way everywhere: the line readers, the XML reader's "line N", the paste
// box's line count and the share preview's height.

/** Offsets where each line starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

// A line longer than this is read in parts, cut at a blank (a minified log, a wall of words).
const READ_PART = 32 * 1024;

/**
 * Where the readers start each line: the lines, with a line longer than 64 KB read in parts of about
 * 32 KB cut at a blank, so a code in the middle of a wall of words is still read. Line numbers come
 * from lineStartsOf, never from these.
 */
export function readingStartsOf(text: string): number[] {
  const lines = lineStartsOf(text);
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!;
    const end = lines[i + 1] ?? text.length + 1;
    starts.push(start);
    if (end - start <= MAX_LINE) continue;
    for (let at = start + READ_PART; at < end - 1; at += READ_PART) {
      const blank = text.slice(at, Math.min(end, at + READ_PART)).search(/[ \t]/);
      if (blank === -1) continue;
      at += blank;
      starts.push(at + 1);
    }
  }
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

// Longer lines are read with their long stretches of encoded data (a ciphertext, a base64 blob) cut
// short: what a reader looks for is words, and a line of megabytes is never read whole. A stretch keeps
// its ends, and whatever is glued to it by punctuation stays ("…AAAA=,ErrorCode:Rejected.Disabled,BBBB…").
const MAX_LINE = 64 * 1024;
const LONG_STRETCH = 512;
const KEPT_END = 32;
const RUN = /\S+/g;
// One character many times over (a wall of braces, of "=", of spaces) reads as a few of it.
const REPEATED = /(.)\1{32,}/g;
const KEPT_RUN_END = 256;

/**
 * Line `index` as the line readers read it: itself, or, when it is longer than 64 KB, with every long
 * stretch of encoded data cut to its ends; undefined when even that leaves it too long.
 */
export function readableLine(text: string, lineStarts: readonly number[], index: number): string | undefined {
  const start = lineStarts[index]!;
  const end = (lineStarts[index + 1] ?? text.length + 1) - 1;
  if (end - start <= MAX_LINE) return text.slice(start, end);
  const condensed = withoutLongStretches(text.slice(start, end).replace(REPEATED, '$1$1$1$1…'));
  if (condensed.length <= MAX_LINE) return condensed;
  // Still too long (a wall of braces or dotted words): every long unbroken run keeps only its ends.
  const runsCut = condensed.replace(RUN, (run) =>
    run.length > 3 * KEPT_RUN_END
      ? `${wholeWords(run.slice(0, KEPT_RUN_END), 'head')}…${wholeWords(run.slice(-KEPT_RUN_END), 'tail')}`
      : run,
  );
  return runsCut.length <= MAX_LINE ? runsCut : undefined;
}

// A kept end of a run never ends (or starts) inside a word, which would read as another word.
function wholeWords(part: string, end: 'head' | 'tail'): string {
  if (end === 'head') return part.replace(/[A-Za-z0-9]+$/, '');
  return part.replace(/^[A-Za-z0-9]+/, '');
}

// One pass over the characters: no pattern that could try every start of a long stretch again.
function withoutLongStretches(line: string): string {
  let out = '';
  let from = 0;
  let stretch = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && isEncoded(line.charCodeAt(i))) {
      stretch++;
      continue;
    }
    if (stretch >= LONG_STRETCH) {
      const begin = i - stretch;
      out += `${line.slice(from, begin + KEPT_END)}…${line.slice(i - KEPT_END, i)}`;
      from = i;
    }
    stretch = 0;
  }
  return out + line.slice(from);
}

// Letters, digits and the base64 and base64url symbols.
function isEncoded(char: number): boolean {
  return (
    (char >= 48 && char <= 57) ||
    (char >= 65 && char <= 90) ||
    (char >= 97 && char <= 122) ||
    char === 43 ||
    char === 47 ||
    char === 61 ||
    char === 95 ||
    char === 45
  );
}
