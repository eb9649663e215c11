import type { Lang } from '../../lib/bilingual.js';
import type { MessageKey, Params } from '../../lib/messages.js';

export type { KeysOf, MessageKey, Messages, Params } from '../../lib/messages.js';

/** Translates a key into one language; `lang` says which. */
export type Translator = ((key: MessageKey, params?: Params) => string) & { readonly lang: Lang };

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
