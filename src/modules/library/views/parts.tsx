import { type Bilingual, type Lang, pick } from '../../../lib/bilingual.js';
import type { Snippet } from '../../../lib/search-snippet.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { htmlLang } from '../../../web/i18n/negotiate.js';
import { href } from '../../../web/layout.js';
import { sectorLabel } from '../../directory/index.js';
import type { FacetName } from '../tags.js';

/** The label of a facet value, e.g. ipRight/trade_secret → "Trade secret". */
export function facetLabel(t: Translator, facet: FacetName, value: string): string {
  return t(`library.${facet}.${value}` as MessageKey);
}

/** Text in the reader's language, or the other one marked with its `lang` so screen readers switch voice. */
export function Tr(p: { value: Bilingual | null | undefined; lang: Lang }) {
  const v = pick(p.value, p.lang);
  if (!v.fallback || !v.text) return <>{v.text}</>;
  return <span lang={htmlLang(v.lang)}>{v.text}</span>;
}

/** A snippet with its matches in <mark>: text nodes only, so nothing in it can become markup. */
export function Marked(p: { snippet: Snippet; lang?: Lang }) {
  const { text, ranges } = p.snippet;
  const parts: (string | ReturnType<typeof mark>)[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(mark(text.slice(s, e)));
    at = e;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span lang={p.lang ? htmlLang(p.lang) : undefined}>{parts}</span>;
}
const mark = (s: string) => <mark>{s}</mark>;

export const searchHref = (lang: Lang, params: Record<string, string | undefined>) => {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) qs.set(k, v);
  const s = qs.toString();
  return href(lang, `/library${s ? `?${s}` : ''}`);
};

interface Tagged {
  type: string;
  ipRights: string[];
  topics: string[];
  jurisdictions: string[];
  audiences: string[];
  sectors?: string[];
}

/** An item's tags as links to the library filtered by each. */
export function TagLinks(p: { t: Translator; lang: Lang; item: Tagged; withType?: boolean }) {
  const { t, lang, item } = p;
  const groups: [FacetName, string[]][] = [
    ['ipRight', item.ipRights],
    ['topic', item.topics],
    ['jurisdiction', item.jurisdictions],
    ['audience', item.audiences],
  ];
  if (p.withType) groups.unshift(['type', [item.type]]);
  return (
    <ul class="tag-list">
      {groups.flatMap(([facet, values]) =>
        values.map((v) => (
          <li>
            <a class={`tag tag-${facet}`} href={searchHref(lang, { [facet]: v })}>
              {facetLabel(t, facet, v)}
            </a>
          </li>
        )),
      )}
      {(item.sectors ?? []).map((s) => (
        <li>
          <span class="tag tag-sector">{sectorLabel(s)?.[lang] ?? s}</span>
        </li>
      ))}
    </ul>
  );
}

export function TypeBadge(p: { t: Translator; type: string }) {
  return <span class={`type-badge type-${p.type}`}>{facetLabel(p.t, 'type', p.type)}</span>;
}
