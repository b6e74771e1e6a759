// The page entry. The prerendered default view paints on its own (the build inlines its stylesheets), so
// its app code is requested only after that first paint: no script download sits before it. Any other
// URL needs the app to show what it asks for, so it starts at once.
// The page's own stylesheet, then one per part; the build joins them in this order.
import './styles.css';
import '../ui/shared/shared.css';
import '../ui/explorer/explorer.css';
import '../ui/decoder/decoder.css';
import '../ui/entry/entry.css';
import { showsPrerenderedView } from './firstView.ts';

// Calling it again is harmless: the module is loaded and evaluated once.
const start = () => void import('./main.tsx');
// The development server prerenders nothing: there, as on any other URL, the app starts at once.
const prerendered = document.getElementById('root')?.hasChildNodes() ?? false;
if (prerendered && showsPrerenderedView()) {
  // A hidden tab does not paint, and a browser may not report paints: the app starts after two seconds
  // whatever happens below.
  setTimeout(start, 2000);
  // The browser's own record of the first contentful paint (what Lighthouse measures from), not a frame
  // callback: a frame reaches the screen some milliseconds after it is painted.
  try {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    start();
  }
} else start();
