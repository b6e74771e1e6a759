import { useSyncExternalStore } from 'react';
import type { Language } from '../catalog/language.ts';
import { useText } from './pageText.ts';
import { writeView, type View } from './viewState.ts';

// The page of the other language, relative to this one: English at the base, Chinese in zh-CN/.
const OTHER: Record<Language, { lang: Language; path: string }> = {
  en: { lang: 'zh-CN', path: 'zh-CN/' },
  'zh-CN': { lang: 'en', path: '../' },
};

// Whether the browser's first language is the other page's: a suggestion, never a switch.
const noChange = () => () => {};
const prefersChinese = () => /^zh\b/i.test(navigator.languages?.[0] ?? navigator.language ?? '');

/**
 * A link to the same view in the other language (the search, filters, open entry and operation come
 * along; nothing is remembered on the device), and a word of suggestion when the browser prefers it.
 */
export function LanguageSwitch({ view, suggest = true }: { view: View; suggest?: boolean }) {
  const { lang, ui } = useText();
  const other = OTHER[lang];
  const chinese = useSyncExternalStore(noChange, prefersChinese, () => lang === 'zh-CN');
  const suggested = (lang === 'en') === chinese;
  return (
    <span className="language">
      <a href={`${other.path}${writeView(view)}`} hrefLang={other.lang} lang={other.lang}>
        {ui.app.otherLanguage}
      </a>
      {/* Always in the page and taking its place, shown only when suggested: appearing after the first
          paint, it would push the page down (a layout shift). Hidden, assistive technology skips it too. */}
      {suggest && (
        <span className="suggestion" lang={other.lang} data-shown={suggested}>
          {ui.app.otherLanguageSuggestion}
        </span>
      )}
    </span>
  );
}
