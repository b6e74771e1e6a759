import { useMemo, useRef } from 'react';
import { catalog } from '../catalog/catalog.ts';
import { passes } from '../catalog/filter.ts';
import { createSearch } from '../catalog/search.ts';
import { CodeTable } from './CodeTable.tsx';
import { CsvButton } from './CsvButton.tsx';
import { FilterBar } from './FilterBar.tsx';
import { NoResults } from './NoResults.tsx';
import { SearchBox } from './SearchBox.tsx';
import type { UpdateView } from './useUrlView.ts';
import { writeView, type View } from './viewState.ts';

const catalogSearch = createSearch(catalog);

/** Search, filters and the table, all driven by the view in the URL. */
interface Props {
  view: View;
  update: UpdateView;
  /** Codes the decoder matched, marked in the table. */
  decoded: readonly string[];
}

export function Explorer({ view, update, decoded }: Props) {
  const found = useMemo(() => catalogSearch.search(view.q), [view.q]);
  const shown = found.filter((hit) => passes(hit.entry, view));
  const filtered = view.status !== '' || view.prefix !== '';
  const clearAll = () => update({ q: '', status: '', prefix: '' });
  const results = useRef<HTMLDivElement>(null);
  const focusFirstRow = () => results.current?.querySelector<HTMLAnchorElement>('a.row-link')?.focus();

  return (
    <section className="explorer" aria-labelledby="explorer-title">
      <h2 id="explorer-title">Explore the catalog</h2>
      <SearchBox value={view.q} onChange={(q) => update({ q }, 'replace')} onArrowDown={focusFirstRow} />
      <FilterBar
        found={found.map((hit) => hit.entry)}
        all={catalog}
        status={view.status}
        prefix={view.prefix}
        onChange={(change) => update(change)}
      />
      <div className="table-bar">
        <p className="count" aria-live="polite">
          {shown.length} of {catalog.length} codes
        </p>
        {(filtered || view.q !== '') && (
          <button type="button" onClick={clearAll}>
            Clear all
          </button>
        )}
        <CsvButton entries={shown.map((hit) => hit.entry)} />
      </div>
      {shown.length === 0 ? (
        <NoResults
          query={view.q}
          nearest={catalogSearch.nearest(view.q, 3)}
          filtered={filtered}
          onPick={(code) => update({ q: '', status: '', prefix: '', code })}
          onClear={clearAll}
        />
      ) : (
        <div className="table-scroll" ref={results}>
          <CodeTable
            hits={shown}
            openCode={view.code}
            decoded={decoded}
            hrefFor={(code) => writeView({ ...view, code }) || '?'}
            onOpen={(code) => update({ code })}
          />
        </div>
      )}
    </section>
  );
}
