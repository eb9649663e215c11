import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { normaliseForSearch, type SearchPlan } from '../../lib/search-vector.js';
import { glossaryTerms } from './schema.js';

/** The trigrams pg_trgm makes of a word: padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const chars = [' ', ' ', ...word, ' '];
  const out = new Set<string>();
  for (let i = 0; i + 2 < chars.length; i++) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return out;
}

/** pg_trgm's similarity of two words: shared trigrams over all trigrams. */
export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** Edit distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]!);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[y.length]!;
}

interface Vocabulary {
  words: Set<string>;
  runs: string[];
}

function addText(v: Vocabulary, text: string) {
  const norm = normaliseForSearch(text);
  for (const w of norm.match(/[a-z][a-z0-9'-]{2,}/g) ?? []) v.words.add(w);
  for (const r of norm.match(/\p{Script=Han}{2,}/gu) ?? []) v.runs.push(r);
}

/** A Chinese run like `run` in the vocabulary: the same length, one character different. */
function closeRun(run: string, runs: string[]): string | null {
  const n = [...run].length;
  if (n < 3) return null;
  for (const r of runs) {
    const chars = [...r];
    for (let i = 0; i + n <= chars.length; i++) {
      const candidate = chars.slice(i, i + n).join('');
      if (editDistance(run, candidate, 1) === 1) return candidate;
    }
  }
  return null;
}

/**
 * The vocabulary word nearest to a misspelt one: few edits first (a swap of two letters, which
 * trigrams judge harshly, is two), then trigram similarity. Short words allow one edit, longer two.
 */
function closeWord(word: string, words: Set<string>): string | null {
  const maxEdits = word.length >= 5 ? 2 : 1;
  let best: { w: string; edits: number; sim: number } | null = null;
  for (const w of words) {
    if (Math.abs(w.length - word.length) > 3) continue;
    const edits = editDistance(word, w, maxEdits);
    const sim = similarity(word, w);
    if (edits > maxEdits && sim < 0.45) continue;
    if (!best || edits < best.edits || (edits === best.edits && sim > best.sim)) best = { w, edits, sim };
  }
  return best?.w ?? null;
}

/**
 * "Did you mean": the query with its unknown words replaced by the nearest words of the titles
 * that look like it (found through the trigram index) and of the glossary. Null when no word can
 * be improved.
 */
export async function suggestQuery(db: Db, plan: SearchPlan): Promise<string | null> {
  const q = plan.words.map((w) => w.text).join(' ');
  const vocab: Vocabulary = { words: new Set(), runs: [] };
  const titles = await db.transaction(async (tx) => {
    // The default word-similarity threshold (0.6) misses a typo in a short word; 0.45 catches it.
    await tx.execute(sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.45`);
    const r = await tx.execute(
      sql`SELECT title_text FROM library_items WHERE status = 'published' AND title_text %> ${q}
          ORDER BY word_similarity(${q}, title_text) DESC LIMIT 25`,
    );
    return (r as unknown as { rows: { title_text: string }[] }).rows;
  });
  for (const t of titles) addText(vocab, t.title_text);
  const terms = await db
    .select({ term: glossaryTerms.term, aliases: glossaryTerms.aliases })
    .from(glossaryTerms);
  for (const t of terms) addText(vocab, [t.term.en, t.term.zh, ...t.aliases].join(' '));
  let changed = false;
  const out = plan.words.map((w) => {
    if (w.han) {
      if (vocab.runs.some((r) => r.includes(w.text))) return w.text;
      const fix = closeRun(w.text, vocab.runs);
      if (fix) changed = true;
      return fix ?? w.text;
    }
    if (vocab.words.has(w.text) || [...vocab.words].some((v) => v.startsWith(w.text))) return w.text;
    const fix = closeWord(w.text, vocab.words);
    if (fix) changed = true;
    return fix ?? w.text;
  });
  return changed ? out.join(' ') : null;
}
