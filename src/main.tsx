import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './ui/styles.css';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
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
