import type { Lang } from '../../lib/bilingual.js';

/**
 * Every UI message key of the platform. Empty here: the floor's catalogue and each module's add
 * their keys by declaration merging (`declare module … { interface Messages extends … {} }`), so
 * the floor names no module and a key used anywhere is checked against all of them.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each catalogue through declaration merging
export interface Messages {}

export type MessageKey = keyof Messages & string;
export type Params = Record<string, string | number>;
/** Translates a key into one language; `lang` says which. */
export type Translator = ((key: MessageKey, params?: Params) => string) & { readonly lang: Lang };

/** The keys of a catalogue, as an object type a `Messages` augmentation can extend. */
export type KeysOf<C extends { en: Record<string, string> }> = { [K in keyof C['en']]: string };

const tables: Record<Lang, Map<string, string>> = { en: new Map(), zh: new Map() };

/**
 * A catalogue of UI messages: the English one fixes the keys, and the Chinese one must have
 * exactly those keys, so a missing translation fails the type check. Loading a catalogue adds it
 * to the platform's tables; a key that two catalogues define differently is a mistake, refused at
 * once.
 */
export function defineMessages<const E extends Record<string, string>>(
  en: E,
  zh: { [K in keyof E]: string },
): { en: E; zh: { [K in keyof E]: string } } {
  for (const lang of ['en', 'zh'] as const) {
    const source: Record<string, string> = lang === 'en' ? en : zh;
    for (const [key, text] of Object.entries(source)) {
      const had = tables[lang].get(key);
      if (had !== undefined && had !== text) throw new Error(`message ${key} is defined twice`);
      tables[lang].set(key, text);
    }
  }
  return { en, zh };
}

export function hasMessage(key: string): key is MessageKey {
  return tables.en.has(key);
}

export function translator(lang: Lang): Translator {
  const table = tables[lang];
  const t = (key: MessageKey, params?: Params) => {
    const s = table.get(key) ?? tables.en.get(key) ?? key;
    return params ? s.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : s;
  };
  return Object.assign(t, { lang });
}
