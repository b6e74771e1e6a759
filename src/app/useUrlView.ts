import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_VIEW, historyUrl, readView, type View } from './viewState.ts';

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
    const url = historyUrl(next);
    // A change the URL already shows (a dialog closing after Back) adds no entry: one would drop the
    // entries ahead of it, and Forward would go nowhere.
    if (url === historyUrl(readView(window.location.search))) {
      setView(next);
      return;
    }
    // Typing replaces the entry so Back leaves the search rather than undoing it letter by letter.
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setView(next);
  }, []);

  return [view, update];
}
