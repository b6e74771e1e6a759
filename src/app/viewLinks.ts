import { DEFAULT_VIEW, writeView, type View } from './viewState.ts';

/** Where a link goes: a whole view, starting from the default one (search and filters dropped). */
export type ViewChange = Partial<View>;

/** The relative href of a view: its query string, or "?" for the default view. */
export function viewHref(to: ViewChange): string {
  return writeView({ ...DEFAULT_VIEW, ...to }) || '?';
}
