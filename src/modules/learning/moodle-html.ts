/**
 * Moodle stores question text as HTML; the bank keeps Markdown (rendered safely, with raw HTML off)
 * and plain text for options. These turn the HTML a Moodle editor writes into those, keeping
 * paragraphs, line breaks, bold, italics, lists and http(s) links, and dropping everything else
 * (scripts, styles, images, attributes) but its text.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Markdown's own characters in running text, escaped so they stay text. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

/** A line that Markdown would read as a heading, quote, list item or rule is escaped at its start. */
const escapeLineStart = (line: string) =>
  line
    .replace(/^([#>+-])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([=-])(?=\1*\s*$)/, '\\$1');

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;
const DROP = new Set(['script', 'style', 'head', 'title', 'object', 'iframe', 'svg', 'math', 'template']);
const MEDIA = new Set(['img', 'video', 'audio', 'embed', 'object', 'iframe', 'svg', 'math']);
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'tr',
  'section',
]);
const MARK: Record<string, string> = { strong: '**', b: '**', em: '*', i: '*' };

export interface Converted {
  text: string;
  /** Whether an image (or another embedded object) was left out. */
  droppedMedia: boolean;
}

const hrefOf = (attrs: string) => {
  const m = attrs.match(/\bhref\s*=\s*("([^"]*)"|'([^']*)')/i);
  const href = decodeEntities(m?.[2] ?? m?.[3] ?? '').trim();
  return /^https?:\/\/[^\s()<>]+$/i.test(href) ? href : null;
};

/** HTML to the bank's Markdown. */
export function htmlToMarkdown(html: string): Converted {
  let out = '';
  let dropDepth = 0;
  let droppedMedia = false;
  const lists: ('ul' | 'ol')[] = [];
  // Open emphasis and links: where their marker starts in `out`, and how they close.
  const open: { tag: string; at: number; mark: string; close: string; href?: string }[] = [];
  const trimEnd = () => {
    out = out.replace(/[ \t]+$/, '');
  };
  const block = () => {
    trimEnd();
    if (out && !out.endsWith('\n\n')) out += out.endsWith('\n') ? '\n' : '\n\n';
  };
  const close = (tag: string) => {
    const i = open.findLastIndex((o) => o.tag === tag);
    if (i < 0) return;
    const [o] = open.splice(i, 1);
    const inner = out.slice(o!.at + o!.mark.length);
    const lead = inner.match(/^\s*/)![0];
    const trail = inner.slice(lead.length).match(/\s*$/)![0];
    const core = inner.slice(lead.length, inner.length - trail.length);
    // A link that shows its own address stays a bare address, which the renderer links again.
    const bare = o!.href !== undefined && core.replace(/\\(.)/g, '$1') === o!.href;
    out =
      out.slice(0, o!.at) +
      (core && !bare ? `${lead}${o!.mark}${core}${o!.close}${trail}` : `${lead}${core}${trail}`);
  };
  for (const m of html.matchAll(TOKEN)) {
    const [whole, closing, rawTag, attrs = '', text] = m;
    if (whole.startsWith('<!--')) continue;
    if (rawTag === undefined) {
      if (dropDepth) continue;
      let words = decodeEntities(text ?? '<').replace(/\s+/g, ' ');
      const lineStart = out === '' || out.endsWith('\n');
      if (lineStart) words = words.trimStart();
      words = escapeMarkdown(words);
      out += lineStart ? escapeLineStart(words) : words;
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (MEDIA.has(tag)) droppedMedia = true;
    if (DROP.has(tag)) {
      dropDepth = Math.max(0, dropDepth + (closing ? -1 : 1));
      continue;
    }
    if (dropDepth) continue;
    if (tag === 'br') {
      trimEnd();
      out += '\n';
    } else if (BLOCK.has(tag)) block();
    else if (tag === 'ul' || tag === 'ol') {
      if (closing) lists.pop();
      else lists.push(tag);
      if (!closing || !lists.length) block();
    } else if (tag === 'li' && !closing) {
      trimEnd();
      if (out && !out.endsWith('\n')) out += '\n';
      out += `${'   '.repeat(Math.max(0, lists.length - 1))}${lists.at(-1) === 'ol' ? '1.' : '-'} `;
    } else if (MARK[tag]) {
      if (closing) close(tag);
      else open.push({ tag, at: out.length, mark: MARK[tag]!, close: MARK[tag]! });
      if (!closing) out += MARK[tag];
    } else if (tag === 'a') {
      const href = closing ? null : hrefOf(attrs);
      if (closing) close('a');
      else if (href) {
        open.push({ tag: 'a', at: out.length, mark: '[', close: `](${href})`, href });
        out += '[';
      }
    }
  }
  return {
    text: out
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    droppedMedia,
  };
}

/** HTML to one line of plain text (option and matching texts). */
export function htmlToPlain(html: string): Converted {
  let droppedMedia = false;
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(img|video|audio|embed|object|iframe|svg)\b[^>]*>/gi, () => {
      droppedMedia = true;
      return '';
    })
    .replace(/<br\s*\/?>|<\/(p|div|li)\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->|<[^>]*>/g, '');
  return { text: decodeEntities(text).replace(/\s+/g, ' ').trim(), droppedMedia };
}

/** Plain text as Markdown that shows it as it is. */
export const plainToMarkdown = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => escapeLineStart(escapeMarkdown(l.trim())))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
