import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { showsPrerenderedView } from './firstView.ts';
import { keepTypedBeforeStart } from './prerendered.ts';
import { Root } from './Root.tsx';

const root = document.getElementById('root')!;
const app = <Root />;
// The build prerenders the default view; a URL with a search, filters, an entry or a shared paste
// renders afresh. Hydration gets a task of its own, after this module's evaluation, and runs in a
// transition, so React yields between slices instead of working in one long task.
function mount() {
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
setTimeout(mount);

// After one visit the app works offline (the worker precaches the build); not in development. Registered
// once the page has loaded, which boot.ts may have waited for already.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void navigator.serviceWorker.register('./sw.js');
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
