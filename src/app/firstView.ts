// What each page's entry (boot.ts, boot.zh-CN.ts) needs before its app: the stylesheets, which the build
// inlines into the page, the page's alternates in the other language, and the rule for when to request the
// app. Every byte here is read before the first paint, so nothing else is imported.
// The page's own stylesheet, then one per part; the build joins them in this order.
import './styles.css';
import '../ui/shared/shared.css';
import '../ui/explorer/explorer.css';
import '../ui/decoder/decoder.css';
import '../ui/entry/entry.css';

/** Whether this URL shows the view the build prerendered into the page (no search, filters, entry or paste). */
export function showsPrerenderedView(): boolean {
  return window.location.search === '' && window.location.hash === '';
}

/**
 * Requests the app once the prerendered view has painted, so no script download sits before the first
 * paint; at once on any other URL, which needs the app to show what it asks for.
 */
export function startAfterFirstPaint(start: () => void): void {
  linkLanguageAlternates();
  // The development server prerenders nothing: there, as on any other URL, the app starts at once.
  const prerendered = document.getElementById('root')?.hasChildNodes() ?? false;
  if (!prerendered || !showsPrerenderedView()) return start();
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
}

// Each page names the other as its alternate, for search engines, with absolute addresses (a relative one
// is not valid there); the site's address is known only where it is served, so they are added here.
const ALTERNATES = [
  ['en', ''],
  ['zh-CN', 'zh-CN/'],
  ['x-default', ''],
] as const;

function linkLanguageAlternates(): void {
  const site = new URL(document.documentElement.lang === 'zh-CN' ? '../' : './', window.location.href);
  for (const [lang, folder] of ALTERNATES) {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.hreflang = lang;
    link.href = new URL(folder, site).href;
    document.head.append(link);
  }
}
