// What a person would share or bookmark: the page, the search, the filters, the opened entry and
// operation, held in the query string. Pasted text is never part of it. Every URL of a view is made here.
import { isFamily } from '../catalog/families.ts';
import { statusFilterOf, type StatusFilter } from '../catalog/search/filter.ts';
import type { Family } from '../catalog/types.ts';

/** A page other than the decoder and explorer. */
export type Page = 'key-states' | 'operations';
const PAGES: readonly Page[] = ['key-states', 'operations'];

export interface View {
  readonly q: string;
  readonly status: StatusFilter | '';
  readonly family: Family | '';
  /** The entry open in the dialog. */
  readonly code: string;
  /** An operation's page: ?op=Decrypt. */
  readonly op: string;
  readonly page: Page | '';
}

/** Where a link goes: the fields that differ from the default view (search and filters dropped). */
export type ViewChange = Partial<View>;

export const DEFAULT_VIEW: View = { q: '', status: '', family: '', code: '', op: '', page: '' };

// Each field's name in the query string, in the order written; the URLs predate the names in View.
const PARAMS = { q: 'q', status: 'status', family: 'prefix', code: 'code', op: 'op', page: 'view' } as const;
const MAX_LENGTH = 200;

/** Reads a view from a query string: unknown keys, statuses, families and pages are ignored, values bounded. */
export function readView(search: string): View {
  const params = new URLSearchParams(search);
  const read = (field: keyof View) => (params.get(PARAMS[field]) ?? '').slice(0, MAX_LENGTH);
  const family = read('family');
  const page = read('page');
  return {
    q: read('q'),
    status: statusFilterOf(read('status')) ?? '',
    family: isFamily(family) ? family : '',
    code: read('code'),
    op: read('op'),
    page: PAGES.find((known) => known === page) ?? '',
  };
}

/** The query string for a view, defaults left out; "" when everything is default. */
export function writeView(view: View): string {
  const params = new URLSearchParams();
  for (const [field, param] of Object.entries(PARAMS) as [keyof View, string][])
    if (view[field] !== DEFAULT_VIEW[field]) params.set(param, view[field]);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The relative href of a view, starting from the default one: its query string, or "?" for the default. */
export function viewHref(to: ViewChange): string {
  return writeView({ ...DEFAULT_VIEW, ...to }) || '?';
}

/** The whole URL of a view, as a link to share. */
export function viewUrl(to: ViewChange): string {
  return new URL(viewHref(to), window.location.href).href;
}

/** This page's URL showing `view` instead, for the history: the path and the fragment stay. */
export function historyUrl(view: View): string {
  return `${window.location.pathname}${writeView(view)}${window.location.hash}`;
}
