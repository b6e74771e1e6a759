import type { CatalogFacts } from './types.ts';

/**
 * Where a code is documented: the common-errors page (it applies to every operation), only the
 * operations' references (it applies to those), or only seen from the API gateway (every operation).
 */
export function originOf(entry: CatalogFacts): 'page' | 'operations' | 'gateway' {
  if (entry.revisions.length > 0) return 'page';
  const documented = entry.messages.some((message) =>
    message.sources.some((source) => source.kind === 'operations'),
  );
  return documented ? 'operations' : 'gateway';
}
