import type { Span } from '../../catalog/search/search.ts';

/**
 * Text with the matched spans wrapped in <mark>; spans are inclusive offsets from fuse.js. A code may
 * wrap only after a dot (`code`), never inside a word.
 */
export function Highlighted({ text, spans, code }: { text: string; spans: readonly Span[]; code?: boolean }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  const plain = (to: number) => parts.push(...breakable(text.slice(cursor, to), code, cursor));
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    if (start > cursor) plain(start);
    parts.push(<mark key={`m${start}`}>{breakable(text.slice(start, end + 1), code, start)}</mark>);
    cursor = end + 1;
  }
  plain(text.length);
  return code ? <span className="code-text">{parts}</span> : <>{parts}</>;
}

// A chance to wrap after each dot of a code.
function breakable(text: string, code: boolean | undefined, at: number): React.ReactNode[] {
  if (!code || !text.includes('.')) return [text];
  // Each dot joined to the word before it: one text node, not two beside each other.
  const parts = text.split('.');
  return parts.flatMap((part, index) =>
    index < parts.length - 1 ? [`${part}.`, <wbr key={`w${at + index}`} />] : [part],
  );
}
