import { useMemo } from 'react';
import { isFamily } from '../../catalog/families.ts';
import { useText } from '../../app/pageText.ts';
import {
  choiceCounts,
  facetCounts,
  STATUS_CLASSES,
  statusFilterOf,
  type Filters,
} from '../../catalog/search/filter.ts';
import type { CatalogFacts, Family } from '../../catalog/types.ts';
import { ChoiceSelect, type Choice } from './ChoiceSelect.tsx';

interface Props {
  /** Entries the search found, before the filters. */
  found: readonly CatalogFacts[];
  /** Every status and family in the catalog, so a choice never vanishes while it counts 0. */
  all: readonly CatalogFacts[];
  status: Filters['status'];
  family: Filters['family'];
  onChange: (change: Partial<Filters>) => void;
}

/** The status and family filters, side by side; each count says how many entries the choice would show. */
export function FilterBar({ found, all, status, family, onChange }: Props) {
  const { ui, catalog } = useText();
  // Counting runs over every entry found: only when the entries or the filters change, not per keystroke.
  const universe = useMemo(() => facetCounts(all), [all]);
  const live = useMemo(() => choiceCounts(found, { status, family }), [found, status, family]);

  const statusChoices: Choice[] = [...universe.statuses.keys(), ...STATUS_CLASSES].map((value) => ({
    value,
    label: value,
    count: live.statuses.get(value) ?? 0,
  }));
  const familyChoices: Choice[] = [...universe.families.keys()].map((value: Family) => ({
    value,
    label: catalog.family[value],
    count: live.families.get(value) ?? 0,
  }));

  return (
    <div className="filters">
      <ChoiceSelect
        label={ui.explorer.statusFilter}
        id="filter-status"
        all={ui.explorer.allStatuses}
        choices={statusChoices}
        value={status}
        onChange={(value) => onChange({ status: statusFilterOf(value) ?? '' })}
      />
      <ChoiceSelect
        label={ui.explorer.familyFilter}
        id="filter-family"
        all={ui.explorer.allFamilies}
        choices={familyChoices}
        value={family}
        onChange={(value) => onChange({ family: isFamily(value) ? value : '' })}
      />
    </div>
  );
}
