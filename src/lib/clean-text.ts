// Bidirectional overrides and isolates can make a name display as something else; zero-width
// characters hide text from search and comparison. Neither belongs in stored plain text.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
// C0 and C1 controls except tab, newline and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Normalises user-typed text: NFC, no hidden controls, CRLF to LF, trimmed. */
export function cleanText(input: string, opts: { multiline?: boolean } = {}): string {
  let s = input.normalize('NFC').replace(BIDI_CONTROLS, '').replace(ZERO_WIDTH, '').replace(CONTROLS, '');
  s = s.replace(/\r\n?/g, '\n');
  if (!opts.multiline) s = s.replace(/\s+/g, ' ');
  return s.trim();
}
