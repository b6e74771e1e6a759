import { createContext, useContext } from 'react';
import type { Language } from '../catalog/language.ts';
import type { CatalogLabels } from '../catalog/text/catalogText.ts';
import type { UiText } from '../ui/text/en.ts';

/**
 * The words of one page's first view: its language, the interface's words and the catalog's labels. Each
 * page's entry (start.en.ts, start.zh-CN.ts) brings its own, so a reader downloads one language only; the
 * other views' words load with them (ui/text/useViewText.ts).
 */
export interface PageText {
  readonly lang: Language;
  readonly ui: UiText;
  readonly catalog: CatalogLabels;
}

export const PageTextContext = createContext<PageText | undefined>(undefined);

/** The words of the page this component is on. */
export function useText(): PageText {
  const text = useContext(PageTextContext);
  if (!text) throw new Error('useText outside a page: <Root> provides the words');
  return text;
}
