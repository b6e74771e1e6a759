// A worker learns its page's language from its name (clients.ts names it after <html lang>), and loads the
// catalog and words of that language only: an English reader's worker downloads no Chinese guidance.
import { isLanguage, type Language } from '../catalog/language.ts';
import type { CatalogEntry } from '../catalog/types.ts';
import type { DecoderText } from '../decode/text/decoderText.ts';

export const workerLanguage: Language = isLanguage(self.name) ? self.name : 'en';

// One function per import, as in ui/text/loaders.ts.
const CATALOGS: Readonly<Record<Language, () => Promise<readonly CatalogEntry[]>>> = {
  en: () => import('../catalog/catalog.ts').then((m) => m.catalog),
  'zh-CN': () => import('../catalog/zh/catalog.ts').then((m) => m.catalogZh),
};
const DECODER_TEXTS: Readonly<Record<Language, () => Promise<DecoderText>>> = {
  en: () => import('../decode/text/en.ts').then((m) => m.englishDecoderText),
  'zh-CN': () => import('../decode/text/zh.ts').then((m) => m.chineseDecoderText),
};

/** The catalog (facts and guidance) of this worker's language. */
export const languageCatalog: Promise<readonly CatalogEntry[]> = CATALOGS[workerLanguage]();

/** What the decoder says, in this worker's language. */
export function languageDecoderText(): Promise<DecoderText> {
  return DECODER_TEXTS[workerLanguage]();
}
