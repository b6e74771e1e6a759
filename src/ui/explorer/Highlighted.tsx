import type { Span } from '../../catalog/search/search.ts';

/** Text with the matched spans wrapped in <mark>; spans are inclusive offsets from fuse.js. */
export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  if (spans.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<mark key={start}>{text.slice(start, end + 1)}</mark>);
    cursor = end + 1;
  }
  parts.push(text.slice(cursor));
  return <>{parts}</>;
}
