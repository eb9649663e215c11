export type DiffOp = 'same' | 'add' | 'del';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

import { segments } from '../../lib/search-text.js';

/**
 * Words, spaces and punctuation in order, so the pieces put together give the text back. Chinese
 * is cut into words by the segmenter, not into characters, so a changed word shows as one change.
 */
export function diffTokens(text: string): string[] {
  return Array.from(segments(text), (s) => s.segment);
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * The shortest edit script between two token lists (Myers, O(ND)). Gives up — returning null — when
 * more than `maxEdits` tokens differ, so a rewrite costs a bounded amount of work.
 */
export function myers(a: string[], b: string[], maxEdits: number): DiffPart[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d, offset);
    }
    v = next;
  }
  return null;
}

function backtrack(trace: Int32Array[], a: string[], b: string[], dEnd: number, offset: number): DiffPart[] {
  const parts: DiffPart[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      parts.push({ op: 'same', text: a[--x]! });
    }
    if (down) parts.push({ op: 'add', text: b[--y]! });
    else parts.push({ op: 'del', text: a[--x]! });
  }
  while (x > 0 && y > 0) {
    y--;
    parts.push({ op: 'same', text: a[--x]! });
  }
  return parts.reverse();
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const prev = out.at(-1);
    if (prev && prev.op === p.op) prev.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

const MAX_LINE_EDITS = 4000;
const MAX_WORD_EDITS = 1500;

/**
 * A word-level diff of two texts: lines are compared first, then the words of each changed stretch
 * of lines, so a long text with a few edits is cheap and an edit shows as the words it touched.
 */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const a = lines(before);
  const b = lines(after);
  const byLine = myers(a, b, MAX_LINE_EDITS) ?? [
    { op: 'del' as const, text: before },
    { op: 'add' as const, text: after },
  ];
  const out: DiffPart[] = [];
  let del = '';
  let add = '';
  const flush = () => {
    if (del && add) {
      const words = myers(diffTokens(del), diffTokens(add), MAX_WORD_EDITS);
      out.push(
        ...(words ?? [
          { op: 'del', text: del },
          { op: 'add', text: add },
        ]),
      );
    } else if (del) out.push({ op: 'del', text: del });
    else if (add) out.push({ op: 'add', text: add });
    del = '';
    add = '';
  };
  for (const p of byLine) {
    if (p.op === 'del') del += p.text;
    else if (p.op === 'add') add += p.text;
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return merge(out);
}

/** Whether two texts differ at all, and how many words were added and removed. */
export function diffStats(parts: DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const p of parts) {
    const words = diffTokens(p.text).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
    if (p.op === 'add') added += words;
    if (p.op === 'del') removed += words;
  }
  return { added, removed };
}
