import type { TermFinder, TermMatch } from '../markdown.js';

export interface LinkableTerm {
  slug: string;
  forms: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAN = /\p{Script=Han}/u;

/**
 * Finds glossary terms in running text, the longest form first (注册商标 before 商标). Latin forms
 * match whole words, case-insensitively, with a plural s; Chinese forms match anywhere, as Chinese
 * has no spaces between words.
 */
export function termFinder(terms: LinkableTerm[], href: (slug: string) => string): TermFinder {
  const bySurface = new Map<string, string>();
  const forms: string[] = [];
  for (const t of terms) {
    for (const raw of t.forms) {
      const f = raw.normalize('NFKC').trim().toLowerCase();
      if ([...f].length < 2 || bySurface.has(f)) continue;
      bySurface.set(f, t.slug);
      forms.push(f);
    }
  }
  if (!forms.length) return { find: () => [] };
  forms.sort((a, b) => b.length - a.length);
  const alternatives = forms.map((f) =>
    HAN.test(f)
      ? escapeRegExp(f)
      : `(?<![\\p{L}\\p{N}])${escapeRegExp(f).replace(/ /g, '\\s+')}(?:s|es)?(?![\\p{L}\\p{N}])`,
  );
  const pattern = new RegExp(alternatives.join('|'), 'giu');
  const keyOf = (surface: string): string | undefined => {
    const s = surface.toLowerCase().replace(/\s+/g, ' ');
    return bySurface.get(s) ?? bySurface.get(s.replace(/es$/, '')) ?? bySurface.get(s.replace(/s$/, ''));
  };
  return {
    find(text: string): TermMatch[] {
      const out: TermMatch[] = [];
      for (const m of text.matchAll(pattern)) {
        const key = keyOf(m[0]);
        if (key) out.push({ start: m.index!, end: m.index! + m[0].length, key, href: href(key) });
      }
      return out;
    },
  };
}
