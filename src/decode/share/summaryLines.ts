// A shared summary's lines ("  40 × Rejected.Disabled"), written and read here alone. Apart from
// share.ts, so the page that opens a link reads it without loading the masking.
const SUMMARY_LINE = /^\s*\d+ × (\S+)$/;

/** One line of a shared summary: the count, right-aligned to `width`, and the code. */
export function summaryLine(count: number, width: number, code: string): string {
  return `${String(count).padStart(width)} × ${code}`;
}

/** The codes a shared summary names, in its order. */
export function codesOfSummary(text: string): string[] {
  return text.split('\n').flatMap((line) => SUMMARY_LINE.exec(line)?.slice(1) ?? []);
}
