import { families } from '../catalog/families.ts';
import { facetCounts, passes, statusMatches } from '../catalog/filter.ts';
import type { CatalogFacts, Family } from '../catalog/types.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';

interface Props {
  /** Entries the search found, before the filters. */
  found: readonly CatalogFacts[];
  /** Every status and family in the catalog, so a choice never vanishes while it counts 0. */
  all: readonly CatalogFacts[];
  status: string;
  prefix: string;
  onChange: (change: { status?: string; prefix?: string }) => void;
}

const CLASSES = ['4xx', '5xx'];

/** The status and family filters; each count says how many entries the choice would show. */
export function FilterBar({ found, all, status, prefix, onChange }: Props) {
  const universe = facetCounts(all);
  const forStatus = found.filter((entry) => passes(entry, { status: '', prefix }));
  const forFamily = found.filter((entry) => passes(entry, { status, prefix: '' }));
  const liveFamilies = facetCounts(forFamily).families;

  const statusChoices: Choice[] = [
    ...[...universe.statuses.keys()].map((value) => ({
      value,
      label: value,
      count: forStatus.filter((entry) => String(entry.httpStatus) === value).length,
    })),
    ...CLASSES.map((value) => ({
      value,
      label: value,
      count: forStatus.filter((entry) => statusMatches(entry.httpStatus, value)).length,
    })),
  ];
  const familyChoices: Choice[] = [...universe.families.keys()].map((value: Family) => ({
    value,
    label: families[value].label,
    count: liveFamilies.get(value) ?? 0,
  }));

  return (
    <div className="filters">
      <ChoiceGroup
        legend="HTTP status"
        name="status"
        choices={statusChoices}
        value={status}
        onChange={(value) => onChange({ status: value })}
      />
      <ChoiceGroup
        legend="Code family"
        name="prefix"
        choices={familyChoices}
        value={prefix}
        onChange={(value) => onChange({ prefix: value })}
      />
    </div>
  );
}
