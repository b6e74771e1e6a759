import { DEFAULT_VIEW, writeView } from './viewState.ts';

/** Whether this URL shows the view the build prerendered into index.html (no search, filters, entry or paste). */
export function showsPrerenderedView(): boolean {
  return window.location.search === '' && window.location.hash === '';
}

let earlyPaste = '';

/**
 * Keeps what a reader typed into the prerendered page before the app's code arrived, which React would
 * reset to its empty state: the search goes into the URL, the paste to the decoder. True if there was any.
 */
export function keepTypedBeforeStart(): boolean {
  const valueOf = (id: string) =>
    (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
  const q = valueOf('search');
  earlyPaste = valueOf('paste');
  if (q !== '') {
    const search = writeView({ ...DEFAULT_VIEW, q });
    window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  }
  return q !== '' || earlyPaste !== '';
}

/** The text pasted into the prerendered page before the app started ('' if none). */
export function earlyPasteText(): string {
  return earlyPaste;
}
