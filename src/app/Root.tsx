import { StrictMode } from 'react';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/**
 * The whole page's tree: the build prerenders it (prerender.tsx) and the browser hydrates the same tree
 * (main.tsx), so the two can never drift apart.
 */
export function Root() {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>
  );
}
