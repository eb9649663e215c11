import { normaliseForSearch } from './search-vector.js';

/** A stretch of a text with the places that matched, as offsets into `text` (UTF-16 units). */
export interface Snippet {
  text: string;
  ranges: [start: number, end: number][];
}

/**
 * The text lower-cased and NFKC-normalised character by character, with where each normalised
 * unit came from, so matches found in the normalised text map back onto the original.
 */
function normalisedWithMap(text: string): { norm: string; from: number[] } {
  let norm = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = normaliseForSearch(ch);
    for (let k = 0; k < n.length; k++) from.push(i);
    norm += n;
    i += ch.length;
  }
  from.push(text.length);
  return { norm, from };
}

const isWordChar = (c: string | undefined) =>
  c !== undefined && /[\p{L}\p{N}]/u.test(c) && !/\p{Script=Han}/u.test(c);

/**
 * Where the terms occur in a text. Latin terms match at the start of a word (the search matched
 * them as prefixes); Chinese terms match anywhere. Overlapping matches are merged.
 */
export function findTerms(text: string, terms: string[]): [number, number][] {
  if (!text || !terms.length) return [];
  const { norm, from } = normalisedWithMap(text);
  const found: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    const han = /\p{Script=Han}/u.test(term);
    for (let at = norm.indexOf(term); at !== -1; at = norm.indexOf(term, at + 1)) {
      if (!han && isWordChar(norm[at - 1])) continue;
      let end = at + term.length;
      // A prefix match highlights the whole word it starts.
      if (!han) while (isWordChar(norm[end])) end++;
      found.push([from[at]!, from[end]!]);
      if (found.length > 500) break;
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * About `length` characters of the text around its densest cluster of matches, cut at spaces or
 * punctuation where possible, with the matches' offsets in the excerpt. Null when nothing matches.
 */
export function snippet(text: string, terms: string[], length = 220): Snippet | null {
  const ranges = findTerms(text, terms);
  if (!ranges.length) return null;
  // The window that holds the most distinct matches wins; the earliest among equals.
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < ranges.length; i++) {
    let j = i;
    while (j + 1 < ranges.length && ranges[j + 1]![1] - ranges[i]![0] <= length) j++;
    if (j - i + 1 > bestCount) {
      bestCount = j - i + 1;
      best = i;
    }
  }
  const first = ranges[best]!;
  let start = Math.max(0, first[0] - Math.floor(length / 4));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  if (start > 0) {
    const cut = text.slice(start, first[0]).search(/[\s\p{P}]/u);
    if (cut >= 0 && cut < 30) start += cut + 1;
  }
  if (end < text.length) {
    const tail = text.slice(start, end);
    const lastBreak = Math.max(tail.lastIndexOf(' '), tail.search(/[。；，！？][^。；，！？]*$/u));
    if (lastBreak > length * 0.6) end = start + lastBreak + 1;
  }
  const excerpt = text.slice(start, end).replace(/\s+/g, ' ');
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  // Collapsing white space moved the offsets: find the terms again in the excerpt itself.
  const out = `${prefix}${excerpt.trim()}${suffix}`;
  return { text: out, ranges: findTerms(out, terms) };
}

/** The beginning of a text as a snippet without matches, for results found by their title alone. */
export function leadSnippet(text: string, length = 220): Snippet {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return { text: clean, ranges: [] };
  const cut = clean.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return { text: `${space > length * 0.6 ? cut.slice(0, space) : cut} …`, ranges: [] };
}
