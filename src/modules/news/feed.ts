import { type Bilingual, type Lang, pick } from '../../lib/bilingual.js';
import { paragraphsHtml } from './paragraphs.js';
import { escapeXml } from './xml.js';

export interface FeedItem {
  id: string;
  slug: string;
  title: Bilingual;
  summary: Bilingual;
  body: Bilingual;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

export interface FeedOptions {
  lang: Lang;
  /** The site's origin, e.g. https://ipcascade.example.org (no trailing slash). */
  base: string;
  title: string;
  author: string;
  items: FeedItem[];
  /** Used as the feed's `updated` when there are no entries. */
  now: Date;
}

const xmlLang = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/**
 * A tag: URI (RFC 4151) that never changes: it names the item, not its slug or the site's address
 * at the time, with the date the item was created. Each language's feed has its own entries.
 */
export function entryId(base: string, item: Pick<FeedItem, 'id' | 'createdAt'>, lang: Lang): string {
  const host = new URL(base).hostname;
  return `tag:${host},${item.createdAt.toISOString().slice(0, 10)}:news/${item.id}/${lang}`;
}

/**
 * A text construct in the feed's language, or marked with the language it falls back to. `html`
 * holds the body as the news page renders it (paragraphs and line breaks, every character of the
 * text escaped), itself escaped once more as XML text, as RFC 4287 wants for type="html".
 */
function textElement(
  name: string,
  value: Bilingual,
  lang: Lang,
  indent: string,
  type: 'text' | 'html' = 'text',
) {
  const p = pick(value, lang);
  const langAttr = p.fallback && p.text ? ` xml:lang="${xmlLang(p.lang)}"` : '';
  const content = type === 'html' ? paragraphsHtml(p.text) : p.text;
  return `${indent}<${name} type="${type}"${langAttr}>${escapeXml(content)}</${name}>\n`;
}

/**
 * When an entry last changed, for readers: never before it was first published (an item written
 * ahead and published later, or published as it was saved, has not changed since publication).
 */
const entryUpdated = (item: FeedItem) =>
  item.publishedAt && item.publishedAt > item.updatedAt ? item.publishedAt : item.updatedAt;

/** An Atom 1.0 feed (RFC 4287) of news in one language. */
export function atomFeed(o: FeedOptions): string {
  const listUrl = `${o.base}/${o.lang}/news`;
  const selfUrl = `${listUrl}/feed.atom`;
  const updated = o.items.reduce<Date | null>((max, i) => {
    const at = entryUpdated(i);
    return max === null || at > max ? at : max;
  }, null);
  let xml = '<?xml version="1.0" encoding="utf-8"?>\n';
  xml += `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlLang(o.lang)}">\n`;
  xml += `  <id>${escapeXml(listUrl)}</id>\n`;
  xml += `  <title type="text">${escapeXml(o.title)}</title>\n`;
  xml += `  <updated>${(updated ?? o.now).toISOString()}</updated>\n`;
  xml += `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>\n`;
  xml += `  <link rel="alternate" type="text/html" hreflang="${xmlLang(o.lang)}" href="${escapeXml(listUrl)}"/>\n`;
  xml += `  <author><name>${escapeXml(o.author)}</name></author>\n`;
  for (const item of o.items) {
    const url = `${listUrl}/${encodeURIComponent(item.slug)}`;
    xml += '  <entry>\n';
    xml += `    <id>${escapeXml(entryId(o.base, item, o.lang))}</id>\n`;
    xml += textElement('title', item.title, o.lang, '    ');
    xml += `    <updated>${entryUpdated(item).toISOString()}</updated>\n`;
    if (item.publishedAt) xml += `    <published>${item.publishedAt.toISOString()}</published>\n`;
    xml += `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>\n`;
    if (pick(item.summary, o.lang).text) xml += textElement('summary', item.summary, o.lang, '    ');
    xml += textElement('content', item.body, o.lang, '    ', 'html');
    xml += '  </entry>\n';
  }
  xml += '</feed>\n';
  return xml;
}
