// What a person would share or bookmark: the page, the search, the filters, the opened entry and
// operation. Pasted text is never part of it.
export interface View {
  readonly q: string;
  readonly status: string;
  readonly prefix: string;
  readonly code: string;
  /** An operation's page: ?op=Decrypt. */
  readonly op: string;
  /** A page other than the decoder and explorer: ?view=key-states or ?view=operations. */
  readonly view: '' | Page;
}

export type Page = 'key-states' | 'operations';
const PAGES: readonly Page[] = ['key-states', 'operations'];

export const DEFAULT_VIEW: View = { q: '', status: '', prefix: '', code: '', op: '', view: '' };
const KEYS = ['q', 'status', 'prefix', 'code', 'op', 'view'] as const;
const MAX_LENGTH = 200;

/** Reads a view from a query string; unknown keys and pages are ignored and values bounded. */
export function readView(search: string): View {
  const params = new URLSearchParams(search);
  const read = (key: (typeof KEYS)[number]) => (params.get(key) ?? '').slice(0, MAX_LENGTH);
  const page = read('view');
  return {
    q: read('q'),
    status: read('status'),
    prefix: read('prefix'),
    code: read('code'),
    op: read('op'),
    view: PAGES.find((known) => known === page) ?? '',
  };
}

/** The query string for a view, defaults left out; "" when everything is default. */
export function writeView(view: View): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (view[key] !== DEFAULT_VIEW[key]) params.set(key, view[key]);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
