/**
 * A test of whether stretches [start, end) overlap any of the given ranges, for stretches asked in order
 * of start: the ranges are merged and sorted once, and a pointer moves forward with the questions, so a
 * whole log costs one pass instead of every piece against every range.
 */
export function overlapTest(
  ranges: readonly (readonly [number, number])[],
): (start: number, end: number) => boolean {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    // Half-open ranges that touch cover the same stretches as their union.
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let next = 0;
  let previousStart = -Infinity;
  return (start, end) => {
    // Asked out of order: start over rather than answer wrongly.
    if (start < previousStart) next = 0;
    previousStart = start;
    // Ranges that end before this start end before every later one too.
    while (next < merged.length && merged[next]![1] <= start) next++;
    const range = merged[next];
    return range !== undefined && range[0] < end;
  };
}
