import type { CatalogFacts, HttpStatus } from './types.ts';

/** Every HTTP status a source gives any code, ascending. */
export const HTTP_STATUSES = [400, 403, 404, 409, 429, 500, 503] as const;

const known = new WeakMap<CatalogFacts, readonly HttpStatus[]>();

/** Every HTTP status documented or seen with a code, its usual status first, the rest ascending. */
export function statusesOf(entry: CatalogFacts): readonly HttpStatus[] {
  const remembered = known.get(entry);
  if (remembered) return remembered;
  const others = new Set<HttpStatus>();
  for (const message of entry.messages)
    for (const source of message.sources)
      if (source.kind !== 'page' && source.status !== null && source.status !== entry.httpStatus)
        others.add(source.status);
  const rest = [...others].sort((a, b) => a - b);
  const statuses = entry.httpStatus === null ? rest : [entry.httpStatus, ...rest];
  known.set(entry, statuses);
  return statuses;
}
