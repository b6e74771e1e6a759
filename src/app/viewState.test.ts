import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, readView, writeView } from './viewState.ts';

describe('the view in the URL', () => {
  const cases = [
    { name: 'defaults write nothing', view: DEFAULT_VIEW, search: '' },
    { name: 'a search', view: { ...DEFAULT_VIEW, q: 'key not found' }, search: '?q=key+not+found' },
    {
      name: 'everything',
      view: {
        q: 'key',
        status: '404',
        prefix: 'Forbidden',
        code: 'Forbidden.KeyNotFound',
        op: 'Decrypt',
        view: 'key-states' as const,
      },
      search: '?q=key&status=404&prefix=Forbidden&code=Forbidden.KeyNotFound&op=Decrypt&view=key-states',
    },
    { name: 'an operation', view: { ...DEFAULT_VIEW, op: 'Decrypt' }, search: '?op=Decrypt' },
  ];
  for (const { name, view, search } of cases) {
    it(`${name}: writes and reads back`, () => {
      expect(writeView(view)).toBe(search);
      expect(readView(search)).toEqual(view);
    });
  }

  it('ignores unknown keys and bounds long values', () => {
    const view = readView(`?utm=x&q=${'a'.repeat(5000)}`);
    expect(view.q).toHaveLength(200);
    expect(Object.keys(view).sort()).toEqual(['code', 'op', 'prefix', 'q', 'status', 'view']);
  });

  it('ignores a page it does not know', () => expect(readView('?view=admin').view).toBe(''));
});
