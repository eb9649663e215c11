import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffStats, diffText, myers } from './diff.js';

const sides = (parts: { op: string; text: string }[]) => ({
  before: parts
    .filter((p) => p.op !== 'add')
    .map((p) => p.text)
    .join(''),
  after: parts
    .filter((p) => p.op !== 'del')
    .map((p) => p.text)
    .join(''),
});

describe('differences between versions', () => {
  it('shows a Chinese edit as the words that changed, not characters or the whole line', () => {
    expect(diffText('申请专利需要缴纳费用。\n第二行', '申请发明专利需要缴纳年费。\n第二行')).toEqual([
      { op: 'same', text: '申请' },
      { op: 'add', text: '发明' },
      { op: 'same', text: '专利需要缴纳' },
      { op: 'del', text: '费用' },
      { op: 'add', text: '年费' },
      { op: 'same', text: '。\n第二行' },
    ]);
  });

  it('shows an English edit word by word', () => {
    const d = diffText('The quick brown fox', 'The quick red fox jumps');
    expect(d).toEqual([
      { op: 'same', text: 'The quick ' },
      { op: 'del', text: 'brown' },
      { op: 'add', text: 'red' },
      { op: 'same', text: ' fox' },
      { op: 'add', text: ' jumps' },
    ]);
    expect(diffStats(d)).toEqual({ added: 2, removed: 1 });
  });

  it('always gives back both texts exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '专', '利', '。', 'x') }),
        fc.string(),
        (a, b) => {
          const s = sides(diffText(a, b));
          return s.before === a && s.after === b;
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives up on a rewrite beyond the edit limit instead of working without bound', () => {
    expect(myers(['a', 'b', 'c'], ['x', 'y', 'z'], 2)).toBeNull();
    const a = Array.from({ length: 3000 }, (_, i) => `line ${i}\n`).join('');
    const b = Array.from({ length: 3000 }, (_, i) => `other ${i}\n`).join('');
    expect(sides(diffText(a, b))).toEqual({ before: a, after: b });
  });
});
