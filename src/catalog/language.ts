/** The languages of the app: each has a page of its own (English at the base, Chinese at zh-CN/). */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether a text (a CLI flag, a worker's name) names a language. */
export function isLanguage(text: string): text is Language {
  return LANGUAGES.some((language) => language === text);
}
