const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const CJK_RUN = /\p{Script=Han}+/gu;

function bigrams(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

const normalise = (t: string) => t.normalize('NFKC').toLowerCase();

/**
 * Turns bilingual text into the words a `simple` tsvector indexes: segmented words, lower-cased,
 * plus every character bigram of each run of Chinese characters, so 企业 finds 中小企业 and a
 * term the segmenter does not know (工信) still matches wherever those characters stand together.
 */
export function searchWords(...texts: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    const text = normalise(t);
    for (const seg of segmenter.segment(text)) {
      if (seg.isWordLike) out.add(seg.segment);
    }
    for (const run of text.match(CJK_RUN) ?? []) for (const b of bigrams(run)) out.add(b);
  }
  return [...out];
}

export function searchText(...texts: (string | null | undefined)[]): string {
  return searchWords(...texts).join(' ');
}

const quote = (w: string) => w.replace(/['\\:&|!()<>*]/g, '');

/**
 * A tsquery for what a user typed: Latin words as prefixes; a Chinese run as all of its bigrams
 * (which the index holds for every run), a single Chinese character as a prefix. Null when nothing
 * is searchable.
 */
export function searchQuery(q: string): string | null {
  const text = normalise(q);
  const terms = new Set<string>();
  for (const seg of segmenter.segment(text.replace(CJK_RUN, ' '))) {
    if (seg.isWordLike && quote(seg.segment)) terms.add(`${quote(seg.segment)}:*`);
  }
  for (const run of text.match(CJK_RUN) ?? []) {
    if ([...run].length === 1) terms.add(`${run}:*`);
    else for (const b of bigrams(run)) terms.add(b);
  }
  return terms.size ? [...terms].join(' & ') : null;
}
