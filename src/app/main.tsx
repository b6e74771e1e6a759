import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { showsPrerenderedView } from './firstView.ts';
import type { PageText } from './pageText.ts';
import { keepTypedBeforeStart } from './prerendered.ts';
import { Root } from './Root.tsx';

// The build prerenders the default view; a URL with a search, filters, an entry or a shared paste
// renders afresh. Hydration gets a task of its own, after this module's evaluation, and runs in a
// transition, so React yields between slices instead of working in one long task.
function render(text: PageText) {
  const root = document.getElementById('root')!;
  const app = <Root text={text} />;
  // Text typed into the prerendered boxes before now is kept, and the page drawn afresh around it.
  const refocus = keepTypedBeforeStart();
  if (root.hasChildNodes() && showsPrerenderedView() && !refocus)
    startTransition(() => void hydrateRoot(root, app));
  else {
    root.textContent = '';
    flushSync(() => createRoot(root).render(app));
    refocus?.();
  }
  // From here React handles input (hydrating at once what is touched); the browser journeys wait for it.
  root.dataset.live = '';
}
/** Starts the page's app in its language, once this module has been evaluated. */
export function mount(text: PageText) {
  setTimeout(() => render(text));
}

// After one visit the app works offline (the worker precaches the build); not in development. Registered
// once the page has loaded, which the page's boot may have waited for already.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // The worker sits at the site's base (beside assets/), whichever language's page registers it.
  // It precaches the files of this page's language (and the shared ones) only.
  const worker = new URL('../sw.js', import.meta.url);
  worker.searchParams.set('lang', document.documentElement.lang);
  const register = () => void navigator.serviceWorker.register(worker);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
