export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export type Bilingual = { en: string; zh: string };

export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'zh';
}

export function other(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** The text in the reader's language, else the other one, flagged so the page can mark its language. */
export function pick(
  b: Bilingual | null | undefined,
  lang: Lang,
): { text: string; lang: Lang; fallback: boolean } {
  const own = b?.[lang]?.trim() ?? '';
  if (own) return { text: own, lang, fallback: false };
  const o = other(lang);
  return { text: b?.[o]?.trim() ?? '', lang: o, fallback: true };
}

export function text(b: Bilingual | null | undefined, lang: Lang): string {
  return pick(b, lang).text;
}
