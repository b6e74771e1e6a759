// Build-time only: renders the default view to HTML so the first paint does not wait for JavaScript.
// scripts/prerender.mjs puts the result into dist/index.html; main.tsx then hydrates it.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/** The default view (no search, no filters, no entry open) as HTML. */
export function render(): string {
  return renderToString(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
