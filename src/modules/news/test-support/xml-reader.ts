/**
 * A small, strict reader for the XML this module writes (no DTDs, comments or CDATA). It refuses
 * anything that is not well-formed: unclosed or crossed tags, a raw `<` or `&` in text or
 * attributes, unknown entities, characters XML forbids, or content after the root element.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_][\w.:-]*/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: naming them is the point
const FORBIDDEN = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, where: string): string {
  if (s.includes('<')) throw new Error(`raw < in ${where}`);
  return s.replace(/&([^;]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new Error(`bare & in ${where}`);
    if (ref in NAMED) return NAMED[ref]!;
    const num = ref.match(/^#(\d+)$|^#x([0-9a-fA-F]+)$/);
    if (!num) throw new Error(`unknown entity &${ref}; in ${where}`);
    return String.fromCodePoint(num[1] ? Number(num[1]) : Number.parseInt(num[2]!, 16));
  });
}

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('character not allowed in XML');
  let i = 0;
  const rest = () => xml.slice(i);
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  };
  if (rest().startsWith('<?xml')) {
    const end = xml.indexOf('?>', i);
    if (end < 0) throw new Error('unterminated declaration');
    i = end + 2;
  }
  skipSpace();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < xml.length) {
    if (xml[i] !== '<') {
      const next = xml.indexOf('<', i);
      const raw = xml.slice(i, next < 0 ? xml.length : next);
      i = next < 0 ? xml.length : next;
      const top = stack[stack.length - 1];
      if (!top) {
        if (raw.trim()) throw new Error('text outside the root element');
        continue;
      }
      if (raw.includes(']]>')) throw new Error(']]> in text');
      top.children.push(decode(raw, `<${top.name}>`));
      continue;
    }
    if (xml.startsWith('</', i)) {
      i += 2;
      const name = rest().match(NAME)?.[0];
      const open = stack.pop();
      if (!name || !open || open.name !== name) throw new Error(`mismatched </${name}>`);
      i += name.length;
      skipSpace();
      if (xml[i] !== '>') throw new Error(`bad end tag </${name}>`);
      i++;
      if (!stack.length) {
        skipSpace();
        if (i < xml.length) throw new Error('content after the root element');
      }
      continue;
    }
    if (xml.startsWith('<!', i) || xml.startsWith('<?', i)) throw new Error('unsupported markup');
    i++;
    const name = rest().match(NAME)?.[0];
    if (!name) throw new Error('bad start tag');
    i += name.length;
    const el: XmlElement = { name, attrs: {}, children: [] };
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i) || xml[i] === '>') break;
      if (i === before) throw new Error(`attributes of <${name}> need spaces between them`);
      const attr = rest().match(NAME)?.[0];
      if (!attr) throw new Error(`bad attribute in <${name}>`);
      i += attr.length;
      if (xml[i] !== '=') throw new Error(`attribute ${attr} without value`);
      const quote = xml[i + 1];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${attr}`);
      const end = xml.indexOf(quote, i + 2);
      if (end < 0) throw new Error(`unterminated attribute ${attr}`);
      if (attr in el.attrs) throw new Error(`duplicate attribute ${attr}`);
      el.attrs[attr] = decode(xml.slice(i + 2, end), `${name}@${attr}`);
      i = end + 1;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (root) throw new Error('second root element');
    else root = el;
    if (xml.startsWith('/>', i)) {
      i += 2;
      if (!stack.length) {
        skipSpace();
        if (i < xml.length) throw new Error('content after the root element');
      }
    } else {
      i++;
      stack.push(el);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

export const elements = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);

export const element = (el: XmlElement, name: string): XmlElement | undefined => elements(el, name)[0];

export const textOf = (el: XmlElement | undefined): string =>
  el ? el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('') : '';
