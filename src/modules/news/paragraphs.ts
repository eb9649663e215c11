/** Plain text as paragraphs of lines: a blank line starts a new paragraph, a line break stays a break. */
export function paragraphs(text: string): string[][] {
  return text
    .split(/\n[ \t]*\n+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((p) => p.split('\n'));
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => HTML[ch]!);

/** The same paragraphs as HTML, every character of the text escaped: what the news page shows. */
export function paragraphsHtml(text: string): string {
  return paragraphs(text)
    .map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}
