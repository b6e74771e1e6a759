import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog.ts';
import { FAMILIES } from '../families.ts';
import { choiceCounts, passes, STATUS_FILTERS, type Filters } from './filter.ts';

// Each choice's count must equal what choosing it would show: the entries passing both filters.
const cases: { name: string; filters: Filters }[] = [
  { name: 'no filter', filters: { status: '', family: '' } },
  { name: 'a family chosen', filters: { status: '', family: 'Forbidden' } },
  { name: 'a status chosen', filters: { status: '404', family: '' } },
  { name: 'a status class chosen', filters: { status: '4xx', family: '' } },
  { name: 'both chosen', filters: { status: '5xx', family: 'none' } },
];

describe('choiceCounts says how many entries each filter choice would show', () => {
  for (const { name, filters } of cases) {
    it(name, () => {
      const counts = choiceCounts(catalog, filters);
      for (const status of STATUS_FILTERS)
        expect(counts.statuses.get(status) ?? 0, status).toBe(
          catalog.filter((entry) => passes(entry, { ...filters, status })).length,
        );
      for (const family of FAMILIES)
        expect(counts.families.get(family) ?? 0, family).toBe(
          catalog.filter((entry) => passes(entry, { ...filters, family })).length,
        );
    });
  }

  it('counts nothing in an empty list', () => {
    const counts = choiceCounts([], { status: '', family: '' });
    expect([counts.statuses.size, counts.families.size]).toEqual([0, 0]);
  });
});
