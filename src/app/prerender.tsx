// Build-time only: renders the default view to HTML so the first paint does not wait for JavaScript.
// scripts/prerender.mjs puts the result into dist/index.html; main.tsx then hydrates the same <Root/>.
import { renderToString } from 'react-dom/server';
import { Root } from './Root.tsx';

/** The default view (no search, no filters, no entry open) as HTML. */
export function render(): string {
  return renderToString(<Root />);
}
