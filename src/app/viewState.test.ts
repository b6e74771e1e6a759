import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, readView, viewHref, writeView, type View } from './viewState.ts';

describe('the view in the URL', () => {
  const cases: { name: string; view: View; search: string }[] = [
    { name: 'defaults write nothing', view: DEFAULT_VIEW, search: '' },
    { name: 'a search', view: { ...DEFAULT_VIEW, q: 'key not found' }, search: '?q=key+not+found' },
    {
      name: 'everything',
      view: {
        q: 'key',
        status: '404',
        family: 'Forbidden',
        code: 'Forbidden.KeyNotFound',
        op: 'Decrypt',
        page: 'key-states',
      },
      search: '?q=key&status=404&prefix=Forbidden&code=Forbidden.KeyNotFound&op=Decrypt&view=key-states',
    },
    { name: 'a status class', view: { ...DEFAULT_VIEW, status: '5xx' }, search: '?status=5xx' },
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
    expect(Object.keys(view).sort()).toEqual(['code', 'family', 'op', 'page', 'q', 'status']);
  });

  const ignored = [
    { name: 'a page it does not know', search: '?view=admin' },
    { name: 'a status no code has', search: '?status=418' },
    { name: 'a family it does not know', search: '?prefix=constructor' },
  ];
  for (const { name, search } of ignored)
    it(`ignores ${name}`, () => expect(readView(search)).toEqual(DEFAULT_VIEW));

  it('reads a status class however it is cased', () => expect(readView('?status=4XX').status).toBe('4xx'));

  it('links to a view from the default one, "?" for the default itself', () => {
    expect(viewHref({ op: 'Decrypt' })).toBe('?op=Decrypt');
    expect(viewHref({})).toBe('?');
  });
});
