import { use, useMemo } from 'react';
import { useText, type PageText } from '../../app/pageText.ts';
import type { CatalogText } from '../../catalog/text/catalogText.ts';
import type { ViewText } from './enViews.ts';
import { loadViewText } from './loaders.ts';

/** The words of a view beyond the first: the page's words, the views' and the catalog's whole text. */
export interface ViewPageText extends PageText {
  readonly ui: PageText['ui'] & ViewText;
  readonly catalog: CatalogText;
}

/**
 * The words of the entry, operation and key-state views: loaded with the first of them, so the first view
 * does not carry them. Suspends until they are there; every such view sits under a Suspense boundary.
 */
export function useViewText(): ViewPageText {
  const text = useText();
  const views = use(loadViewText(text.lang));
  return useMemo(
    () => ({ lang: text.lang, ui: { ...text.ui, ...views.ui }, catalog: views.catalog }),
    [text, views],
  );
}
