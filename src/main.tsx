import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import './ui/styles.css';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>
);
// The build prerenders the default view; a URL with a search, filters, an entry or a shared paste
// renders afresh.
if (root.hasChildNodes() && window.location.search === '' && window.location.hash === '')
  hydrateRoot(root, app);
else {
  root.textContent = '';
  createRoot(root).render(app);
}

// After one visit the app works offline (the worker precaches the build); not in development.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('./sw.js'));
}
