// What a person would share or bookmark: the search, the filters and the opened entry. Pasted text is
// never part of it.
export interface View {
  readonly q: string;
  readonly status: string;
  readonly prefix: string;
  readonly code: string;
}

export const DEFAULT_VIEW: View = { q: '', status: '', prefix: '', code: '' };
const KEYS = ['q', 'status', 'prefix', 'code'] as const;
const MAX_LENGTH = 200;

/** Reads a view from a query string; unknown keys are ignored and values bounded. */
export function readView(search: string): View {
  const params = new URLSearchParams(search);
  const view: Record<string, string> = { ...DEFAULT_VIEW };
  for (const key of KEYS) view[key] = (params.get(key) ?? '').slice(0, MAX_LENGTH);
  return view as unknown as View;
}

/** The query string for a view, defaults left out; "" when everything is default. */
export function writeView(view: View): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (view[key] !== DEFAULT_VIEW[key]) params.set(key, view[key]);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
