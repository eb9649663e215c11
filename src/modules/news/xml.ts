// Characters XML 1.0 does not allow at all, even escaped (controls, lone surrogates, U+FFFE/FFFF).
// biome-ignore lint/suspicious/noControlCharactersInRegex: naming them is the point
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
