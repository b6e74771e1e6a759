// Build-time only: renders each page's default view to HTML so the first paint does not wait for
// JavaScript. scripts/prerender.mjs puts the result into the page; main.tsx then hydrates the same <Root/>.
import { renderToString } from 'react-dom/server';
import type { Language } from '../catalog/language.ts';
import { englishLabels } from '../catalog/text/enLabels.ts';
import { chineseLabels } from '../catalog/zh/labels.ts';
import { englishUiText } from '../ui/text/en.ts';
import { chineseUiText } from '../ui/text/zh.ts';
import type { PageText } from './pageText.ts';
import { FOOTER_TEXT } from './footerText.ts';
import { Root } from './Root.tsx';
import { SiteFooter } from './SiteFooter.tsx';

const PAGES: Record<Language, PageText> = {
  en: { lang: 'en', ui: englishUiText, catalog: englishLabels },
  'zh-CN': { lang: 'zh-CN', ui: chineseUiText, catalog: chineseLabels },
};

/** A page's default view (no search, no filters, no entry open) as HTML. */
export function render(lang: Language): string {
  return renderToString(<Root text={PAGES[lang]} />);
}

/** A page's footer as HTML: static, written after the app's root and never hydrated. */
export function renderFooter(lang: Language): string {
  return renderToString(<SiteFooter words={FOOTER_TEXT[lang]} />);
}
