import { describe, expect, it } from 'vitest';
import { fractionFor, markAttempt, readAnswers } from './attempt-mark.js';
import { drawQuestions, type QuestionSnapshot, type SnapshotOption, shuffled } from './attempt-model.js';

const bi = (en: string) => ({ en, zh: '' });
const opt = (id: string, fraction: number, over: Partial<SnapshotOption> = {}): SnapshotOption => ({
  id,
  text: bi(id),
  match: bi(''),
  value: null,
  tolerance: null,
  fraction,
  feedback: bi(''),
  ...over,
});
const q = (type: QuestionSnapshot['type'], options: SnapshotOption[], over: Partial<QuestionSnapshot> = {}) =>
  ({
    version: 1,
    type,
    text: bi('?'),
    generalFeedback: bi(''),
    mark: 1,
    options,
    choices: [],
    ...over,
  }) as QuestionSnapshot;

const single = q('single', [opt('a', 100), opt('b', 0), opt('c', -50)]);
const multiple = q('multiple', [opt('a', 50), opt('b', 50), opt('c', -100), opt('d', -50)]);
const matching = q(
  'matching',
  [
    opt('tm', 0, { match: bi('10 years') }),
    opt('pat', 0, { match: bi('20 years') }),
    opt('um', 0, { match: bi('10 years') }),
    opt('x', 0, { text: bi(''), match: bi('50 years') }),
  ],
  {
    choices: [
      { id: 'c1', text: bi('10 years') },
      { id: 'c2', text: bi('20 years') },
      { id: 'c3', text: bi('50 years') },
    ],
  },
);
const numeric = q('numeric', [
  opt('exact', 100, { value: 6, tolerance: 0 }),
  opt('near', 50, { value: 6, tolerance: 1 }),
  opt('any', 0, { value: null }),
]);

describe('marking', () => {
  it('gives a single choice its option’s fraction, never below zero', () => {
    expect(fractionFor(single, { optionIds: ['a'] })).toBe(1);
    expect(fractionFor(single, { optionIds: ['b'] })).toBe(0);
    expect(fractionFor(single, { optionIds: ['c'] })).toBe(0);
    expect(fractionFor(single, null)).toBe(0);
  });

  it('adds up multiple choices, wrong ones taking marks away, floored at zero', () => {
    expect(fractionFor(multiple, { optionIds: ['a', 'b'] })).toBe(1);
    expect(fractionFor(multiple, { optionIds: ['a'] })).toBe(0.5);
    expect(fractionFor(multiple, { optionIds: ['a', 'b', 'd'] })).toBe(0.5);
    expect(fractionFor(multiple, { optionIds: ['a', 'c'] })).toBe(0);
    expect(fractionFor(multiple, { optionIds: ['a', 'b', 'c', 'd'] })).toBe(0);
  });

  it('marks matching by pairs, two items sharing one answer', () => {
    expect(fractionFor(matching, { pairs: { tm: 'c1', pat: 'c2', um: 'c1' } })).toBe(1);
    expect(fractionFor(matching, { pairs: { tm: 'c1', pat: 'c3' } })).toBeCloseTo(1 / 3);
    expect(fractionFor(matching, { pairs: {} })).toBe(0);
  });

  it('marks a number by the first answer whose tolerance holds it', () => {
    expect(fractionFor(numeric, { value: 6 })).toBe(1);
    expect(fractionFor(numeric, { value: 6.8 })).toBe(0.5);
    expect(fractionFor(numeric, { value: 5 })).toBe(0.5);
    expect(fractionFor(numeric, { value: 12 })).toBe(0);
    expect(fractionFor(numeric, { value: null })).toBe(0);
  });

  it('scores an attempt as a percent of the marks, weighting each question by its mark', () => {
    const out = markAttempt(
      [
        { snapshot: { ...single, mark: 1 }, response: { optionIds: ['a'] } },
        { snapshot: { ...matching, mark: 3 }, response: { pairs: { tm: 'c1' } } },
      ],
      50,
    );
    expect(out.marks).toEqual([1, 1]);
    expect(out.score).toBe(50);
    expect(out.passed).toBe(true);
    expect(markAttempt([{ snapshot: single, response: null }], 50)).toMatchObject({
      score: 0,
      passed: false,
    });
  });

  it('refuses answers to questions not in the attempt, unknown options, and two choices for one', () => {
    const snaps = new Map([
      ['q1', single],
      ['q2', numeric],
      ['q3', matching],
    ]);
    const { errors } = readAnswers(snaps, [
      { questionId: 'q1', optionIds: ['a', 'b'] },
      { questionId: 'q2', value: 'six' },
      { questionId: 'q3', pairs: [{ optionId: 'x', choiceId: 'c3' }] },
      { questionId: 'elsewhere', optionIds: ['a'] },
    ]);
    expect(errors).toEqual({
      'answers.q1': 'learning.attempt.error.oneOnly',
      'answers.q2': 'form.number',
      'answers.q3': 'learning.attempt.error.badOption',
      'answers.elsewhere': 'learning.attempt.error.notInAttempt',
    });
    const ok = readAnswers(snaps, [{ questionId: 'q2', value: '6,5' }]);
    expect(ok.errors).toEqual({});
    expect(ok.responses.get('q2')).toEqual({ value: 6.5 });
  });
});

describe('drawing an attempt’s questions', () => {
  const seeded = (seed: number) => () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };

  it('keeps the fixed questions in order, then draws per tag without repeats', () => {
    for (let seed = 1; seed < 50; seed++) {
      const ids = drawQuestions(
        ['f1', 'f2'],
        [
          { tag: 'patent', count: 2, pool: ['f1', 'p1', 'p2', 'p3'] },
          { tag: 'trademark', count: 2, pool: ['p1', 'p2', 't1'] },
        ],
        seeded(seed),
      );
      expect(ids.slice(0, 2)).toEqual(['f1', 'f2']);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(5);
      expect(ids.slice(2, 4).every((id) => ['p1', 'p2', 'p3'].includes(id))).toBe(true);
      expect(ids).toContain('t1');
    }
  });

  it('shuffles into every order over many draws', () => {
    const seen = new Set<string>();
    const random = seeded(7);
    for (let i = 0; i < 200; i++) seen.add(shuffled(['a', 'b', 'c'], random).join(''));
    expect(seen.size).toBe(6);
  });
});
