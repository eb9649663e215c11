/**
 * Weighted, positional search documents and the queries that run against them.
 *
 * `search-text.ts` makes a bag of words for short records (a name, a city). Long bilingual texts
 * need more: the title must outrank the body, and 专利申请 must find texts about 申请专利 yet rank
 * the exact phrase first. So a document here is an ordered stream of tokens — Latin words and the
 * overlapping character bigrams of each run of Chinese characters — with a position and a weight
 * (A title, B summary, C body, D attached files), written as a `tsvector` literal. Nothing is
 * parsed by PostgreSQL's text-search parser, so PGlite and any PostgreSQL ≥ 15 index exactly the
 * same lexemes whatever their locale.
 */

import { foldTraditional } from './fold-chinese.js';
import { segments } from './search-text.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/;
/** Marks a Chinese piece, and a break between pieces, while a text is being tokenised. */
const HAN_MARK = '\u0000';
const BREAK = '\u0001';

export type Weight = 'A' | 'B' | 'C' | 'D';
export interface WeightedText {
  text: string | null | undefined;
  weight: Weight;
}

/**
 * Lower-cased NFKC (full-width letters, Kangxi radicals from PDF fonts), traditional Chinese
 * characters folded to simplified ones (`fold-chinese.ts`). Latin accents are folded per word.
 */
export function normaliseForSearch(t: string): string {
  return foldTraditional(t.normalize('NFKC').toLowerCase());
}

function foldLatin(word: string): string {
  return LATIN_ACCENTED.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * The tokens of a text in reading order: each Latin or numeric word, and for each run of Chinese
 * characters its bigrams (the character itself for a run of one).
 */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const seg of segments(normaliseForSearch(text))) {
    if (!seg.isWordLike) {
      // Punctuation and spaces end a run of Chinese characters: no bigram spans them.
      out.push(BREAK);
      continue;
    }
    const word = seg.segment;
    if (!HAN.test(word)) {
      out.push(foldLatin(word));
      continue;
    }
    // The segmenter splits a Chinese run into words; the run's bigrams are taken across word
    // boundaries, so the run is rebuilt from consecutive Chinese segments first.
    out.push(...hanAndOther(word));
  }
  return mergeHanRuns(out);
}

/** A segment mixing scripts (rare) is split into its Chinese runs and the rest. */
function hanAndOther(word: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of word.matchAll(HAN_RUN)) {
    if (m.index! > last) parts.push(foldLatin(word.slice(last, m.index)));
    parts.push(`${HAN_MARK}${m[0]}`);
    last = m.index! + m[0].length;
  }
  if (last < word.length) parts.push(foldLatin(word.slice(last)));
  return parts;
}

/** Joins adjacent marked Chinese pieces into runs and replaces each run by its bigrams. */
function mergeHanRuns(tokens: string[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(...bigrams(run));
    run = '';
  };
  for (const t of tokens) {
    if (t.startsWith(HAN_MARK)) run += t.slice(1);
    else {
      flush();
      if (t !== BREAK && t) out.push(t);
    }
  }
  flush();
  return out;
}

// PostgreSQL keeps positions up to 16383 and 256 of them per lexeme; a tsvector must stay under 1 MB.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_LEXEME_BYTES = 200;
const MAX_VECTOR_BYTES = 900_000;

export const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * A `tsvector` literal for the texts, in order, each token at its position with its part's weight.
 * Cast it with `::tsvector`. Tokens past position 16383 keep that position, as PostgreSQL's own
 * parser does, so very long documents still match every word.
 */
export function searchVector(parts: WeightedText[]): string {
  const lexemes = new Map<string, string[]>();
  let bytes = 0;
  let pos = 0;
  for (const part of parts) {
    if (!part.text) continue;
    for (const token of searchTokens(part.text)) {
      pos = Math.min(pos + 1, MAX_POSITION);
      if (Buffer.byteLength(token) > MAX_LEXEME_BYTES) continue;
      let positions = lexemes.get(token);
      if (!positions) {
        bytes += Buffer.byteLength(token) + 8;
        if (bytes > MAX_VECTOR_BYTES) return literal(lexemes);
        positions = [];
        lexemes.set(token, positions);
      }
      if (positions.length < MAX_POSITIONS_PER_LEXEME) {
        positions.push(`${pos}${part.weight === 'D' ? '' : part.weight}`);
        bytes += 4;
      }
    }
  }
  return literal(lexemes);
}

function literal(lexemes: Map<string, string[]>): string {
  return [...lexemes].map(([lexeme, positions]) => `${quote(lexeme)}:${positions.join(',')}`).join(' ');
}

export interface SearchPlan {
  /** Every term must match: Latin words as prefixes (and their spelling variants), Chinese words as adjacent bigrams. */
  match: string;
  /** Any term may match: the fallback when no text holds them all. Null for a single term. */
  any: string | null;
  /** Each required term on its own, as a tsquery. */
  terms: string[];
  /** The whole query as one phrase, to rank exact phrases first; null for a single term. */
  phrase: string | null;
  /** The strings to highlight in results, normalised. */
  highlight: string[];
  /** Other names of what was typed, also highlighted (but not required of a snippet). */
  synonyms: string[];
  /** The query's words, for suggestions when nothing matches. */
  words: { text: string; han: boolean }[];
}

const MAX_TERMS = 16;

/**
 * English words too common to require: "counterfeits at a trade fair" should not demand "at" and
 * "a". They still count in the phrase, and a query of nothing else keeps them.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by do does for from how i in is it of on or the to what when where which who with my your our'.split(
    ' ',
  ),
);
/** British and American spellings, plurals and -ing forms: what a reader may type for the same word. */
export function wordVariants(word: string): string[] {
  const out = new Set([word]);
  if (/^[a-z]+$/.test(word) && word.length > 3) {
    if (word.endsWith('ies')) out.add(`${word.slice(0, -3)}y`);
    else if (word.endsWith('es') && /(s|x|z|ch|sh)es$/.test(word)) out.add(word.slice(0, -2));
    else if (word.endsWith('s') && !word.endsWith('ss')) out.add(word.slice(0, -1));
    if (word.endsWith('ing') && word.length > 5) out.add(word.slice(0, -3));
    if (word.endsWith('ed') && word.length > 4) out.add(word.slice(0, -2));
  }
  for (const w of [...out]) {
    if (w.includes('licenc')) out.add(w.replace('licenc', 'licens'));
    else if (w.includes('licens')) out.add(w.replace('licens', 'licenc'));
    if (/is(e|es|ed|ing|ation)$/.test(w)) out.add(w.replace(/is(e|es|ed|ing|ation)$/, 'iz$1'));
    else if (/iz(e|es|ed|ing|ation)$/.test(w)) out.add(w.replace(/iz(e|es|ed|ing|ation)$/, 'is$1'));
  }
  // A shorter variant that is a prefix of another makes the longer one redundant under prefix matching.
  return [...out].filter((w, _, all) => !all.some((o) => o !== w && w.startsWith(o)));
}

/**
 * The Chinese words of a run as the query should require them. The segmenter splits words it
 * does not know into single characters (侵权 → 侵 权, 质押 → 质 押), so consecutive single
 * characters are joined again; a lone character between known words (在, 的) is dropped unless it
 * is all there is.
 */
export function hanChunks(run: string): string[] {
  const words = [...segmenter.segment(run)].map((s) => s.segment);
  const chunks: string[] = [];
  let singles = '';
  const flush = () => {
    if ([...singles].length > 1) chunks.push(singles);
    singles = '';
  };
  for (const w of words) {
    if ([...w].length === 1) singles += w;
    else {
      flush();
      chunks.push(w);
    }
  }
  flush();
  return chunks.length ? chunks : [run];
}

export const phraseOf = (grams: string[]) => grams.map(quote).join(' <-> ');

/** A word of a query or a glossary form: a Latin word, or a run of Chinese characters. */
export interface QueryWord {
  text: string;
  han: boolean;
}

/** The words of a text as a query sees them: normalised, adjacent Chinese pieces joined into runs. */
export function queryWords(q: string): QueryWord[] {
  const words: QueryWord[] = [];
  let broken = true;
  for (const seg of segments(normaliseForSearch(q).slice(0, 500))) {
    if (!seg.isWordLike) {
      broken = true;
      continue;
    }
    for (const piece of hanAndOther(seg.segment)) {
      const han = piece.startsWith(HAN_MARK);
      const text = han ? piece.slice(1) : piece;
      const prev = words.at(-1);
      // Adjacent Chinese pieces form one run, as in the documents.
      if (han && prev?.han && !broken) prev.text += text;
      else if (text) words.push({ text, han });
      broken = false;
    }
  }
  return words;
}

/** Words joined as they are written: Latin ones with a space, Chinese ones with none between. */
export const wordsKey = (words: QueryWord[]) =>
  words.reduce(
    (key, w, i) => (i === 0 ? w.text : key + (w.han && words[i - 1]!.han ? '' : ' ') + w.text),
    '',
  );

/**
 * Other names for what a reader typed (`search-synonyms.ts` makes them from the glossary): for a
 * run of query words, by `wordsKey`, the tsquery of each other name and the strings to highlight.
 */
export interface Synonyms {
  /** The most query words one name spans. */
  maxWords: number;
  lookup(key: string): { queries: string[]; highlight: string[] } | null;
}

interface Unit extends QueryWord {
  term: string;
  highlight: string[];
  stop: boolean;
}

/** The query's words as required terms, Chinese runs cut into their words (see `hanChunks`). */
function unitsOf(words: QueryWord[], phrase: string[]): Unit[] {
  const units: Unit[] = [];
  for (const w of words) {
    if (w.han) {
      const grams = bigrams(w.text);
      if (grams.length === 1 && [...w.text].length === 1) {
        const term = `${quote(w.text)}:*`;
        units.push({ ...w, term, highlight: [w.text], stop: false });
        phrase.push(term);
        continue;
      }
      for (const chunk of hanChunks(w.text)) {
        const g = bigrams(chunk);
        units.push({
          text: chunk,
          han: true,
          term: g.length === 1 ? quote(g[0]!) : `(${phraseOf(g)})`,
          highlight: [chunk],
          stop: false,
        });
      }
      phrase.push(phraseOf(grams));
    } else {
      const variants = wordVariants(w.text);
      const alternatives = variants.map((v) => `${quote(v)}:*`);
      const term = alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
      phrase.push(term);
      units.push({ ...w, term, highlight: variants, stop: STOP_WORDS.has(w.text) });
    }
  }
  return units;
}

/** The longest run of units from `i` that is another name for something, if any. */
function synonymAt(units: Unit[], i: number, synonyms?: Synonyms) {
  if (!synonyms) return null;
  for (let n = Math.min(synonyms.maxWords, units.length - i); n >= 1; n--) {
    const hit = synonyms.lookup(wordsKey(units.slice(i, i + n)));
    if (hit) return { n, ...hit };
  }
  return null;
}

/**
 * How to search for what a reader typed; null when nothing in it is searchable. With `synonyms`,
 * a word or run of words that the glossary knows by other names (trade mark, EUTM, 商标) matches
 * any of them: the term becomes "these words, or one of the other names".
 */
export function searchPlan(q: string, synonyms?: Synonyms): SearchPlan | null {
  const terms: string[] = [];
  const stops: string[] = [];
  const phrase: string[] = [];
  const highlight = new Set<string>();
  const expanded = new Set<string>();
  const merged = queryWords(q);
  const units = unitsOf(merged.slice(0, MAX_TERMS), phrase);
  for (let i = 0; i < units.length; ) {
    const hit = synonymAt(units, i, synonyms);
    const span = units.slice(i, i + (hit?.n ?? 1));
    i += span.length;
    const own = span.filter((u) => !u.stop);
    if (!hit && !own.length) {
      stops.push(span[0]!.term);
      continue;
    }
    for (const u of own.length ? own : span) for (const h of u.highlight) highlight.add(h);
    const plain = (own.length ? own : span).map((u) => u.term);
    const typed = plain.length === 1 ? plain[0]! : `(${plain.join(' & ')})`;
    if (!hit) {
      terms.push(typed);
      continue;
    }
    const alternatives = [...new Set([typed, ...hit.queries])];
    terms.push(alternatives.length === 1 ? typed : `(${alternatives.join(' | ')})`);
    for (const h of hit.highlight) if (!highlight.has(h)) expanded.add(h);
  }
  if (!terms.length) terms.push(...stops);
  if (!terms.length) return null;
  return {
    match: terms.join(' & '),
    any: terms.length > 1 ? terms.join(' | ') : null,
    terms,
    phrase: phrase.length > 1 || (merged.length === 1 && terms.length > 1) ? phrase.join(' <-> ') : null,
    highlight: [...highlight],
    synonyms: [...expanded],
    words: merged.slice(0, MAX_TERMS),
  };
}
