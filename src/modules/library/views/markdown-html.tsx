import type { SafeHtml } from '../markdown.js';

/**
 * The one place where library HTML goes into a page unescaped. It takes only `SafeHtml`, which
 * `renderMarkdown` alone produces: markdown-it with raw HTML off escapes everything the author
 * typed, and links are limited to http(s) and relative addresses.
 */
export function MarkdownHtml(p: { html: SafeHtml; class: string; lang?: string | undefined }) {
  return <div class={p.class} lang={p.lang} dangerouslySetInnerHTML={{ __html: p.html }} />;
}
