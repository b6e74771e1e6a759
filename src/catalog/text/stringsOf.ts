// For the tests of each language's words: every string in a value, with the path that leads to it.
// Functions are called with the sample arguments given, and what they return counts as their string.
export function stringsOf(value: unknown, path: string, samples: readonly unknown[]): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const made = (value as (...args: unknown[]) => unknown)(...samples);
    return typeof made === 'string' ? [[`${path}()`, made]] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${path}[${i}]`, samples));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${path}.${key}`, samples));
  return [];
}
