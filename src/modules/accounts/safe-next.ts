import type { Lang } from '../../lib/bilingual.js';

/**
 * Where to go after signing in: only a path on this site. Anything else (another host,
 * `//host`, backslashes, control characters, a scheme) falls back to the home page. A page
 * path is moved into the given language.
 */
export function safeNext(next: string | undefined | null, lang: Lang): string {
  const home = `/${lang}`;
  if (!next || next.length > 2000) return home;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters make a path unsafe
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(next)) return home;
  let url: URL;
  try {
    url = new URL(next, 'http://site.invalid');
  } catch {
    return home;
  }
  if (url.origin !== 'http://site.invalid') return home;
  const path = url.pathname + url.search + url.hash;
  const m = path.match(/^\/(en|zh)(?=\/|\?|#|$)(.*)$/);
  if (!m) return home;
  const rest = m[2] ?? '';
  if (/^\/(sign-in|sign-out)(?=\/|\?|#|$)/.test(rest)) return home;
  return `/${lang}${rest}`;
}
