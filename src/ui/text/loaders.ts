// The parts of a language loaded when first needed, never with the other language's: the catalog with its
// guidance, what each operation does, the decoder's words (for a ticket note or an incident summary
// written on the page) and the words of the views past the first. Each loads once per page; `use()` reads
// the promise.
import type { Language } from '../../catalog/language.ts';
import type { OperationName } from '../../catalog/operations/summaries.ts';
import type { CatalogText } from '../../catalog/text/catalogText.ts';
import type { CatalogEntry } from '../../catalog/types.ts';
import type { DecoderText } from '../../decode/text/decoderText.ts';
import type { ViewText } from './enViews.ts';

interface LanguageParts {
  readonly catalog: () => Promise<readonly CatalogEntry[]>;
  readonly operationSummaries: () => Promise<Readonly<Record<OperationName, string>>>;
  readonly decoderText: () => Promise<DecoderText>;
  readonly viewText: () => Promise<{ ui: ViewText; catalog: CatalogText }>;
}

// One function per import, each in its own language's entry: the build attaches to each import the list of
// files it needs, and a choice between two imports in one expression gets one list for both (so a page
// would fetch the other language's files along with its own).
const PARTS: Readonly<Record<Language, LanguageParts>> = {
  en: {
    catalog: () => import('../../catalog/catalog.ts').then((m) => m.catalog),
    operationSummaries: () =>
      import('../../catalog/operations/summaries.ts').then((m) => m.operationSummaries),
    decoderText: () => import('../../decode/text/en.ts').then((m) => m.englishDecoderText),
    viewText: () =>
      Promise.all([import('./enViews.ts'), import('../../catalog/text/en.ts')]).then(([ui, catalog]) => ({
        ui: ui.englishViewText,
        catalog: catalog.englishCatalogText,
      })),
  },
  'zh-CN': {
    catalog: () => import('../../catalog/zh/catalog.ts').then((m) => m.catalogZh),
    operationSummaries: () => import('../../catalog/zh/operations.ts').then((m) => m.operationSummariesZh),
    decoderText: () => import('../../decode/text/zh.ts').then((m) => m.chineseDecoderText),
    viewText: () =>
      Promise.all([import('./zhViews.ts'), import('../../catalog/zh/text.ts')]).then(([ui, catalog]) => ({
        ui: ui.chineseViewText,
        catalog: catalog.chineseCatalogText,
      })),
  },
};

const loaded = new Map<string, Promise<unknown>>();
function once<Part extends keyof LanguageParts>(lang: Language, part: Part): ReturnType<LanguageParts[Part]> {
  const key = `${part} ${lang}`;
  let promise = loaded.get(key);
  if (!promise) {
    promise = PARTS[lang][part]();
    loaded.set(key, promise);
  }
  return promise as ReturnType<LanguageParts[Part]>;
}

/** The whole catalog (facts and guidance) in a language. */
export const loadCatalog = (lang: Language) => once(lang, 'catalog');
/** What each operation does, in a language. */
export const loadOperationSummaries = (lang: Language) => once(lang, 'operationSummaries');
export const loadDecoderText = (lang: Language) => once(lang, 'decoderText');
/** The words of the entry, operation and key-state views, and the catalog's whole text. */
export const loadViewText = (lang: Language) => once(lang, 'viewText');
