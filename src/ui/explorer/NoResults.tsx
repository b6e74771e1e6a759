import { CodeButtons } from '../shared/CodeButtons.tsx';
import type { CatalogFacts } from '../../catalog/types.ts';
import { useText } from '../../app/pageText.ts';

interface Props {
  query: string;
  nearest: readonly CatalogFacts[];
  filtered: boolean;
  onPick: (code: string) => void;
  onClear: () => void;
}

/** Says that nothing matched, and offers the nearest codes and a way out. */
export function NoResults({ query, nearest, filtered, onPick, onClear }: Props) {
  const { explorer, shared } = useText().ui;
  return (
    <div className="no-results" role="status">
      <p>
        {explorer.noMatch}
        {query ? <q>{query}</q> : explorer.theseFilters}
        {filtered && query ? explorer.withFilters : ''}
        {shared.fullStop}
      </p>
      {nearest.length > 0 && (
        <>
          <p>{explorer.nearest}</p>
          <CodeButtons codes={nearest.map((entry) => entry.code)} onOpen={onPick} />
        </>
      )}
      <button type="button" onClick={onClear}>
        {explorer.clearSearch}
      </button>
    </div>
  );
}
