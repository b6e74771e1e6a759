import type { CatalogEntry, RevisionId } from '../types.ts';

/** Whether the entry cites this wording from the common-errors page's table or sample, in that revision. */
export const citesPage = (
  entry: CatalogEntry,
  text: string,
  revision: RevisionId,
  place: 'table' | 'example',
) =>
  entry.messages.some(
    (message) =>
      message.text === text &&
      message.sources.some((s) => s.kind === 'page' && s.revision === revision && s.place === place),
  );
