import MarkdownIt, { type Env as MarkdownEnv, type StateCore, type Token } from 'markdown-it';

/** A glossary term found in a text: where, and where it links to. */
export interface TermMatch {
  start: number;
  end: number;
  key: string;
  href: string;
}

/** Finds glossary terms in a run of text; `seen` keeps one link per term and document. */
export interface TermFinder {
  find(text: string): TermMatch[];
}

interface Env extends MarkdownEnv {
  terms?: TermFinder;
  seen?: Set<string>;
  found?: string[];
}

/**
 * Item bodies are Markdown written by editors. Raw HTML is not HTML here: it is shown as the text
 * it is (`html: false`), so no tag or attribute can reach the page. Links may only go to http(s)
 * addresses or to paths on this site; images are off (the site serves no editor images, and the
 * content security policy would block outside ones anyway).
 */
const md = new MarkdownIt('default', { html: false, linkify: true, breaks: true, typographer: false });
md.disable(['image']);
md.linkify.set({ fuzzyEmail: false, fuzzyIP: false });

export function isAllowedHref(url: string): boolean {
  const u = url.trim();
  if (/^https?:\/\//i.test(u)) return true;
  // Anything else with a scheme (javascript:, data:, vbscript:, mailto: …) is refused; so are
  // protocol-relative addresses, which leave the site.
  if (u.startsWith('//') || u.startsWith('\\')) return false;
  return !/^[^/?#]*:/.test(u);
}
md.validateLink = isAllowedHref;

// The item's title is the page's h1: a body's headings start one level below.
md.core.ruler.push('shift_headings', (state: StateCore) => {
  for (const t of state.tokens) {
    if (t.type === 'heading_open' || t.type === 'heading_close') {
      t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + 1)}`;
    }
  }
});

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
md.renderer.rules.link_open = (tokens, i, options, env, self) => {
  const href = String(tokens[i]!.attrGet('href') ?? '');
  if (/^https?:\/\//i.test(href)) tokens[i]!.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, i, options, env, self);
};
md.renderer.rules.table_open = () => '<div class="table-wrap"><table class="table">\n';
md.renderer.rules.table_close = () => '</table></div>\n';

/** Turns glossary terms in running text (not in headings, links or code) into links, once each. */
md.core.ruler.push('glossary_links', (state: StateCore) => {
  const env = state.env as Env;
  if (!env.terms) return;
  env.seen ??= new Set();
  env.found ??= [];
  const { seen, found } = env;
  for (let b = 0; b < state.tokens.length; b++) {
    const block = state.tokens[b]!;
    if (block.type !== 'inline' || !block.children) continue;
    if (state.tokens[b - 1]?.type === 'heading_open') continue;
    const out: Token[] = [];
    let inLink = 0;
    for (const child of block.children) {
      if (child.type === 'link_open') inLink++;
      if (child.type === 'link_close') inLink--;
      if (child.type !== 'text' || inLink > 0) {
        out.push(child);
        continue;
      }
      out.push(...linkTerms(state, child, env.terms, seen, found));
    }
    block.children = out;
  }
});

function linkTerms(state: StateCore, text: Token, finder: TermFinder, seen: Set<string>, found: string[]) {
  const matches = finder.find(text.content).filter((m) => {
    if (seen.has(m.key)) return false;
    seen.add(m.key);
    found.push(m.key);
    return true;
  });
  if (!matches.length) return [text];
  const out: Token[] = [];
  let at = 0;
  const plain = (s: string) => {
    if (!s) return;
    const t = new state.Token('text', '', 0);
    t.content = s;
    out.push(t);
  };
  for (const m of matches) {
    plain(text.content.slice(at, m.start));
    const open = new state.Token('link_open', 'a', 1);
    open.attrs = [
      ['href', m.href],
      ['class', 'glossary-term'],
    ];
    out.push(open);
    plain(text.content.slice(m.start, m.end));
    out.push(new state.Token('link_close', 'a', -1));
    at = m.end;
  }
  plain(text.content.slice(at));
  return out;
}

/** HTML that only `renderMarkdown` makes; the brand keeps any other string out of the page as markup. */
export type SafeHtml = string & { readonly __safeHtml: unique symbol };

export interface Rendered {
  html: SafeHtml;
  /** Keys of the glossary terms linked from the text, in order of appearance. */
  terms: string[];
}

/**
 * HTML for an item body. Safe to insert as is: markdown-it escapes every text and attribute it
 * writes, raw HTML is off and links are checked by `isAllowedHref`.
 */
export function renderMarkdown(source: string, terms?: TermFinder): Rendered {
  const env: Env = { terms, seen: new Set(), found: [] };
  const html = md.render(source, env);
  return { html: html as SafeHtml, terms: env.found ?? [] };
}

/** The words of a Markdown text without its syntax, for search and snippets. */
export function markdownText(source: string): string {
  const out: string[] = [];
  for (const t of md.parse(source, {})) {
    if (t.type === 'inline') {
      for (const c of t.children ?? []) {
        if (c.type === 'text' || c.type === 'code_inline') out.push(c.content);
        else if (c.type === 'softbreak' || c.type === 'hardbreak') out.push('\n');
      }
    } else if (t.type === 'fence' || t.type === 'code_block') out.push(t.content);
    if (t.block && t.nesting <= 0) out.push('\n');
  }
  return out
    .join('')
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .trim();
}
