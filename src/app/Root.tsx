import { StrictMode } from 'react';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { PageTextContext, type PageText } from './pageText.ts';

/**
 * The whole page's tree, in one language: the build prerenders it (prerender.tsx) and the browser
 * hydrates the same tree (main.tsx), so the two can never drift apart.
 */
export function Root({ text }: { text: PageText }) {
  return (
    <StrictMode>
      <PageTextContext value={text}>
        <ErrorBoundary text={text.ui.app}>
          <App />
        </ErrorBoundary>
      </PageTextContext>
    </StrictMode>
  );
}
