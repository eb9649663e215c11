import type { Bilingual, Lang } from '../../lib/bilingual.js';

/**
 * Moodle's bilingual text: the core multilang filter's `<span lang="en" class="multilang">…</span>`
 * (and its older `<lang lang="en">…</lang>`), and the multilang2 filter's `{mlang en}…{mlang}`.
 * Moodle calls simplified Chinese `zh_cn`; any `en…` or `zh…` code is taken, other languages are
 * left out. Text outside the blocks belongs to both languages, as the filters show it.
 */
const SPAN = /<(span|lang)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const MLANG = /\{mlang\s+([a-z0-9_-]+)\s*\}([\s\S]*?)\{mlang\s*\}/gi;

export function langOfCode(code: string): Lang | null {
  const c = code.toLowerCase();
  if (c === 'en' || c.startsWith('en_') || c.startsWith('en-')) return 'en';
  if (c === 'zh' || c.startsWith('zh_') || c.startsWith('zh-')) return 'zh';
  return null;
}

const attr = (attrs: string, name: string) =>
  attrs
    .match(new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i'))
    ?.slice(2, 4)
    .find((v) => v !== undefined);

interface Segment {
  /** The language code of a multilang block; null for text outside the blocks. */
  code: string | null;
  text: string;
}

/** Cuts text into multilang blocks (those `block` recognises in the matches of `re`) and the text between. */
function cut(source: string, re: RegExp, block: (m: RegExpMatchArray) => Segment | null): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of source.matchAll(re)) {
    const seg = block(m);
    if (!seg) continue;
    out.push({ code: null, text: source.slice(at, m.index) }, seg);
    at = m.index! + m[0].length;
  }
  out.push({ code: null, text: source.slice(at) });
  return out;
}

const spanBlock = (m: RegExpMatchArray): Segment | null => {
  const [, tag = '', attrs = '', inner = ''] = m;
  const code = attr(attrs, 'lang');
  // A span must say it is multilang; the older `<lang>` element needs not.
  const isMulti = tag.toLowerCase() === 'lang' || /\bmultilang\b/.test(attr(attrs, 'class') ?? '');
  return code && isMulti ? { code, text: inner } : null;
};
const mlangBlock = (m: RegExpMatchArray): Segment => ({ code: m[1]!, text: m[2]! });

/** The two languages of a multilang text, or null when it carries no multilang markup. */
export function splitMultilang(source: string): Bilingual | null {
  const segments = cut(source, SPAN, spanBlock).flatMap((s) =>
    s.code === null ? cut(s.text, MLANG, mlangBlock) : [s],
  );
  if (!segments.some((s) => s.code !== null)) return null;
  const out = { en: '', zh: '' };
  for (const s of segments) {
    if (s.code === null) {
      out.en += s.text;
      out.zh += s.text;
      continue;
    }
    const lang = langOfCode(s.code);
    if (lang) out[lang] += s.text;
  }
  return { en: out.en.trim(), zh: out.zh.trim() };
}

const HAN = /\p{Script=Han}/u;

/**
 * A text in one language only (no multilang markup): Chinese if it has Chinese characters, else
 * English.
 */
export function bilingualOf(source: string): Bilingual {
  const split = splitMultilang(source);
  if (split) return split;
  const s = source.trim();
  return HAN.test(s) ? { en: '', zh: s } : { en: s, zh: '' };
}

/** Moodle's language code for each of ours. */
export const MOODLE_LANG: Record<Lang, string> = { en: 'en', zh: 'zh_cn' };

/** Both languages as multilang spans around HTML already made safe (empty languages left out). */
export function multilangSpans(html: Bilingual): string {
  return (['en', 'zh'] as const)
    .filter((l) => html[l] !== '')
    .map((l) => `<span lang="${MOODLE_LANG[l]}" class="multilang">${html[l]}</span>`)
    .join('');
}
