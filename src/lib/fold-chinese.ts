import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/**
 * Traditional → simplified, character by character, from OpenCC's own table (TSCharacters, 3,500
 * pairs, shipped by the opencc-js package). Search folds both what it indexes and what a reader
 * types, so 商標續展 finds 商标续展 and the other way round.
 *
 * Only the character table, not OpenCC's phrase dictionaries: folding must not depend on context
 * (the same character always becomes the same one, in a title, a query or a snippet), and one
 * character in gives one character out, so highlighted matches map back onto the original text.
 * Where the table chains (A → B, B → C) the end of the chain is taken, so folding twice changes
 * nothing more.
 */
const TABLE: ReadonlyMap<string, string> = (() => {
  const direct = new Map<string, string>();
  for (const pair of TS_CHARACTERS.split('|')) {
    const [from, to] = pair.split(' ');
    if (from && to && from !== to) direct.set(from, to);
  }
  const resolved = new Map<string, string>();
  for (const [from, first] of direct) {
    let to = first;
    for (let hops = 0; direct.has(to) && hops < 4; hops++) to = direct.get(to)!;
    if (to !== from) resolved.set(from, to);
  }
  return resolved;
})();

const HAN = /\p{Script=Han}/u;

/** The text with every traditional character that has a simplified form replaced by it. */
export function foldTraditional(text: string): string {
  if (!HAN.test(text)) return text;
  let out = '';
  for (const ch of text) out += TABLE.get(ch) ?? ch;
  return out;
}

/** The pairs folded, for the migration that folds rows indexed before folding existed. */
export const foldTable = (): ReadonlyMap<string, string> => TABLE;
