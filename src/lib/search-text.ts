const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const CJK = /\p{Script=Han}/u;

/**
 * Turns bilingual text into the words a `simple` tsvector indexes: segmented words, lower-cased,
 * plus the character bigrams of every CJK word so a search for 企业 finds 中小企业.
 */
export function searchWords(...texts: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const seg of segmenter.segment(t.normalize('NFKC').toLowerCase())) {
      if (!seg.isWordLike) continue;
      const w = seg.segment;
      out.add(w);
      if (CJK.test(w)) {
        const chars = [...w];
        if (chars.length === 1) continue;
        for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
      }
    }
  }
  return [...out];
}

export function searchText(...texts: (string | null | undefined)[]): string {
  return searchWords(...texts).join(' ');
}

/** A tsquery (AND of prefixes) for a user's query, built from the same words; null when nothing is searchable. */
export function searchQuery(q: string): string | null {
  const terms = searchWords(q)
    .filter((w) => !(CJK.test(w) && [...w].length > 2))
    .map((w) => `${w.replace(/['\\:&|!()<>*]/g, '')}:*`)
    .filter((w) => w !== ':*');
  // Long CJK words are matched through their bigrams, which are all in `words`.
  return terms.length ? terms.join(' & ') : null;
}
