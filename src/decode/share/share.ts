// A share link carries a paste in the URL's fragment, which browsers never send to a server. What it
// carries is always masked (secrets.ts): there is no way to share a secret by mistake. A log too long
// for a link is shared as its codes and counts.
import { encodeFragment, type Shared } from './fragment.ts';
import { summaryLine } from './summaryLines.ts';
import type { DecoderText } from '../text/decoderText.ts';
import { maskSecrets } from '../secrets/secrets.ts';
import type { CodeSummary } from '../report/summary.ts';

/** What a shared summary says of each code. */
type CodeCount = Pick<CodeSummary, 'code' | 'count'>;

/** The most a share link carries, in UTF-8 bytes (a Chinese character takes three). */
export const MAX_SHARED = 16 * 1024;
// A summary names at most this many codes, so it always fits in a link.
const MAX_SUMMARY_CODES = 200;

/**
 * What a link for this text would carry, masked: the text itself when it fits, else (given the log's
 * summary) its codes and counts, else nothing.
 */
export function shareable(
  text: string,
  summary: readonly CodeCount[],
  total: number,
  words: DecoderText,
): Shared | undefined {
  // Masking cannot lengthen a text by more than a few characters per secret; longer text is not masked
  // for nothing.
  if (text.length <= MAX_SHARED * 2) {
    const masked = maskSecrets(text);
    if (bytesOf(masked) <= MAX_SHARED) return { kind: 'paste', text: masked };
  }
  if (summary.length === 0) return undefined;
  return { kind: 'summary', text: maskSecrets(summaryText(summary, total, text.length, words)) };
}

/** The UTF-8 length of a text: what its share link must carry. */
export function bytesOf(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Codes and counts of a log, most frequent first, as plain lines. */
export function summaryText(
  summary: readonly CodeCount[],
  total: number,
  bytes: number,
  words: DecoderText,
): string {
  const rows = [...summary].sort((a, b) => b.count - a.count).slice(0, MAX_SUMMARY_CODES);
  const width = String(rows[0]?.count ?? 0).length;
  const size =
    bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
  const lines = [
    words.share.summaryHeading(total, size),
    ...rows.map((row) => summaryLine(row.count, width, row.code)),
  ];
  if (summary.length > rows.length) lines.push(words.share.moreCodes(summary.length - rows.length));
  return lines.join('\n') + '\n';
}

/** The fragment for a share link; masked again here, so no caller can leak by forgetting to. */
export function shareFragment(shared: Shared): string {
  return encodeFragment({ ...shared, text: maskSecrets(shared.text) });
}
