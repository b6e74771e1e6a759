import { useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { facts } from '../../catalog/facts/facts.ts';
import { passes } from '../../catalog/search/filter.ts';
import { CodeTable } from './CodeTable.tsx';
import { CsvButton } from './CsvButton.tsx';
import { FilterBar } from './FilterBar.tsx';
import { NoResults } from './NoResults.tsx';
import { SearchBox } from './SearchBox.tsx';
import { searchClient } from '../../workers/clients.ts';
import { useCatalogSearch } from './useCatalogSearch.ts';
import { useSortedHits } from './useSortedHits.tsx';
import { ViewLink } from '../shared/ViewLink.tsx';
import type { UpdateView } from '../../app/useUrlView.ts';
import { viewHref, type View, type ViewChange } from '../../app/viewState.ts';
import { useText } from '../../app/pageText.ts';

interface Props {
  view: View;
  update: UpdateView;
  /** Codes the decoder matched, marked in the table. */
  decoded: readonly string[];
  onGo: (to: ViewChange) => void;
}

/** Search, filters and the table, all driven by the view in the URL. */
export function Explorer({ view, update, decoded, onGo }: Props) {
  const { explorer } = useText().ui;
  // The box shows each keystroke at once; the table follows at lower priority, so typing never waits.
  const query = useDeferredValue(view.q);
  const { hits: found, nearest, operations, answered, pending, failure } = useCatalogSearch(query);
  // Kept across keystroke renders (the query is deferred, so `found` is too): no work per keystroke
  // grows with the catalog.
  const { status, family } = view;
  const shown = useMemo(
    () => found.filter((hit) => passes(hit.entry, { status, family })),
    [found, status, family],
  );
  const foundEntries = useMemo(() => found.map((hit) => hit.entry), [found]);
  // The table and the CSV share one order: the reader's sort, else the search's.
  const { rows, sorting, toggle, sorter } = useSortedHits(shown);
  const shownEntries = useMemo(() => rows.map((hit) => hit.entry), [rows]);
  // Rows link to the view they were found in: it changes with the rows, not with each keystroke, so the
  // table does not re-render while typing.
  const hrefFor = useCallback(
    (code: string) => viewHref({ q: answered, status, family, code }),
    [answered, status, family],
  );
  const openCode = useCallback((code: string) => update({ code }), [update]);
  const filtered = view.status !== '' || view.family !== '';
  const clearAll = () => update({ q: '', status: '', family: '' });
  const results = useRef<HTMLDivElement>(null);
  const focusFirstRow = () => results.current?.querySelector<HTMLAnchorElement>('a.row-link')?.focus();

  return (
    <section className="explorer" aria-labelledby="explorer-title">
      <h2 id="explorer-title">{explorer.heading}</h2>
      <SearchBox
        value={view.q}
        onChange={(q) => update({ q }, 'replace')}
        onArrowDown={focusFirstRow}
        onFocus={searchClient.warm}
      />
      {failure && (
        <p className="search-failure" role="alert">
          {explorer.unavailable(failure)}
        </p>
      )}
      {operations.length > 0 && (
        <p className="operation-hits">
          {explorer.operationsFound}
          {operations.map((name, index) => (
            <span key={name}>
              {index > 0 && ', '}
              <ViewLink to={{ op: name }} onGo={onGo}>
                {name}
              </ViewLink>
            </span>
          ))}
        </p>
      )}
      <FilterBar
        found={foundEntries}
        all={facts}
        status={view.status}
        family={view.family}
        onChange={(change) => update(change)}
      />
      <div className="table-bar">
        <p className="count" aria-live="polite">
          {explorer.count(shown.length, facts.length)}
        </p>
        {(filtered || view.q !== '') && (
          <button type="button" onClick={clearAll}>
            {explorer.clearAll}
          </button>
        )}
        <CsvButton entries={shownEntries} />
      </div>
      {shown.length === 0 ? (
        <NoResults
          query={answered}
          nearest={nearest}
          filtered={filtered}
          onPick={(code) => update({ q: '', status: '', family: '', code })}
          onClear={clearAll}
        />
      ) : (
        <div className="table-scroll" ref={results} aria-busy={pending}>
          {sorter}
          <CodeTable
            hits={rows}
            sorting={sorting}
            onSort={toggle}
            openCode={view.code}
            decoded={decoded}
            hrefFor={hrefFor}
            onOpen={openCode}
          />
        </div>
      )}
    </section>
  );
}
