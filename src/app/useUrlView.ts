import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_VIEW, readView, writeView, type View } from './viewState.ts';

export type UpdateView = (change: Partial<View>, history?: 'push' | 'replace') => void;

/** The view held in the URL: read once, written back on change, re-read on back and forward. */
export function useUrlView(): [View, UpdateView] {
  // At build time (prerendering) there is no URL: the default view is what gets rendered.
  const [view, setView] = useState(() =>
    typeof window === 'undefined' ? DEFAULT_VIEW : readView(window.location.search),
  );

  useEffect(() => {
    const onPop = () => setView(readView(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // The URL is the source of truth, so each change starts from it rather than from a captured state.
  const update = useCallback<UpdateView>((change, history = 'push') => {
    const next = { ...readView(window.location.search), ...change };
    const url = `${window.location.pathname}${writeView(next)}${window.location.hash}`;
    // Typing replaces the entry so Back leaves the search rather than undoing it letter by letter.
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setView(next);
  }, []);

  return [view, update];
}
