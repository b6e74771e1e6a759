import { historyUrl, readView } from './viewState.ts';

let earlyPaste = '';

/**
 * Keeps what a reader typed into the prerendered page before the app's code arrived, which React would
 * reset to its empty state: the search goes into the URL (beside the filters already there), the paste to
 * the decoder. Returns, when anything was typed, a function that gives the focus back to the box the
 * reader was typing in once the app has drawn the page afresh.
 */
export function keepTypedBeforeStart(): (() => void) | undefined {
  const valueOf = (id: string) =>
    (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
  const q = valueOf('search');
  earlyPaste = valueOf('paste');
  if (q === '' && earlyPaste === '') return undefined;
  if (q !== '') {
    window.history.replaceState(null, '', historyUrl({ ...readView(window.location.search), q }));
  }
  const focused = document.activeElement?.id;
  return () => {
    const box = focused ? document.getElementById(focused) : null;
    if (!(box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement)) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  };
}

/** The text pasted into the prerendered page before the app started, once ('' after, or if none). */
export function takeEarlyPaste(): string {
  const text = earlyPaste;
  earlyPaste = '';
  return text;
}
