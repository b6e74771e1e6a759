import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog.ts';
import { choiceCounts, passes, type Filters } from './filter.ts';

// Each choice's count must equal what choosing it would show: the entries passing both filters.
const cases: { name: string; filters: Filters }[] = [
  { name: 'no filter', filters: { status: '', prefix: '' } },
  { name: 'a family chosen', filters: { status: '', prefix: 'Forbidden' } },
  { name: 'a status chosen', filters: { status: '404', prefix: '' } },
  { name: 'a status class chosen', filters: { status: '4xx', prefix: '' } },
  { name: 'both chosen', filters: { status: '5xx', prefix: 'none' } },
];
const statusChoices = ['400', '403', '404', '409', '500', '503', '4xx', '5xx'];
const familyChoices = ['Forbidden', 'Rejected', 'Unsupported', 'InvalidAccessKeyId', 'none'] as const;

describe('choiceCounts says how many entries each filter choice would show', () => {
  for (const { name, filters } of cases) {
    it(name, () => {
      const counts = choiceCounts(catalog, filters);
      for (const status of statusChoices)
        expect(counts.statuses.get(status) ?? 0, status).toBe(
          catalog.filter((entry) => passes(entry, { ...filters, status })).length,
        );
      for (const prefix of familyChoices)
        expect(counts.families.get(prefix) ?? 0, prefix).toBe(
          catalog.filter((entry) => passes(entry, { ...filters, prefix })).length,
        );
    });
  }

  it('counts nothing in an empty list', () => {
    const counts = choiceCounts([], { status: '', prefix: '' });
    expect([counts.statuses.size, counts.families.size]).toEqual([0, 0]);
  });
});
