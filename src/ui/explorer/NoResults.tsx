import { CodeButtons } from '../shared/CodeButtons.tsx';
import type { CatalogFacts } from '../../catalog/types.ts';

interface Props {
  query: string;
  nearest: readonly CatalogFacts[];
  filtered: boolean;
  onPick: (code: string) => void;
  onClear: () => void;
}

/** Says that nothing matched, and offers the nearest codes and a way out. */
export function NoResults({ query, nearest, filtered, onPick, onClear }: Props) {
  return (
    <div className="no-results" role="status">
      <p>
        No code matches {query ? <q>{query}</q> : 'these filters'}
        {filtered && query ? ' with these filters' : ''}.
      </p>
      {nearest.length > 0 && (
        <>
          <p>Nearest codes:</p>
          <CodeButtons codes={nearest.map((entry) => entry.code)} onOpen={onPick} />
        </>
      )}
      <button type="button" onClick={onClear}>
        Clear search and filters
      </button>
    </div>
  );
}
