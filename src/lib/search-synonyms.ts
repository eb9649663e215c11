import { hanChunks, queryWords, quote, type Synonyms, searchTokens, wordsKey } from './search-vector.js';

const HAN = /\p{Script=Han}/u;

/**
 * One name as a tsquery: its tokens in order (Latin words, Chinese bigrams), the last Latin word
 * as a prefix so that plurals match too. Null when the name has nothing searchable.
 */
export function nameQuery(name: string): string | null {
  const tokens = searchTokens(name);
  if (!tokens.length) return null;
  const last = tokens.length - 1;
  const parts = tokens.map((t, i) => {
    const q = quote(t);
    if (HAN.test(t)) return [...t].length === 1 ? `${q}:*` : q;
    return i === last ? `${q}:*` : q;
  });
  // Several tokens (the words of a name, the bigrams of a Chinese word) follow each other: a phrase.
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

/**
 * Synonyms from groups of names that mean the same thing — a glossary term in English and
 * Chinese with its other names: `['trademark', '商标', 'trade mark', 'trade marks', '注册商标']`.
 * A query that contains any one of them matches texts with any other.
 */
export function synonymsFrom(groups: readonly (readonly string[])[]): Synonyms {
  const built = groups.map((names) => {
    const queries = new Set<string>();
    const highlight = new Set<string>();
    for (const name of names) {
      const words = queryWords(name);
      const q = words.length ? nameQuery(name) : null;
      if (!q) continue;
      queries.add(q);
      highlight.add(wordsKey(words));
    }
    return { queries: [...queries], highlight: [...highlight] };
  });
  const byKey = new Map<string, number[]>();
  let maxWords = 1;
  groups.forEach((names, i) => {
    for (const name of names) {
      const words = queryWords(name);
      if (!words.length) continue;
      const key = wordsKey(words);
      const list = byKey.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      byKey.set(key, list);
      // A query cuts its Chinese runs into words (`hanChunks`): count the name's words the same way.
      const span = words.reduce((n, w) => n + (w.han ? hanChunks(w.text).length : 1), 0);
      maxWords = Math.max(maxWords, span);
    }
  });
  return {
    maxWords,
    lookup(key) {
      const ids = byKey.get(key);
      if (!ids) return null;
      const queries = new Set<string>();
      const highlight = new Set<string>();
      for (const i of ids) {
        for (const q of built[i]!.queries) queries.add(q);
        for (const h of built[i]!.highlight) highlight.add(h);
      }
      return { queries: [...queries], highlight: [...highlight] };
    },
  };
}
