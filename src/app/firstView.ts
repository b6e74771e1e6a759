// Part of the page's entry (boot.ts), so it imports nothing: every byte here is read before the first paint.

/** Whether this URL shows the view the build prerendered into index.html (no search, filters, entry or paste). */
export function showsPrerenderedView(): boolean {
  return window.location.search === '' && window.location.hash === '';
}
