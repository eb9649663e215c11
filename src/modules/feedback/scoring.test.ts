import { describe, expect, it } from 'vitest';
import { hakeG, knowledgeGain } from './gain.js';
import { percentOf, readTestAnswers, scoreAttempt } from './scoring.js';

const q = (id: string, kind: 'single' | 'multiple', correct: string[], values = ['a', 'b', 'c', 'd']) => ({
  id,
  kind,
  options: values.map((value) => ({
    value,
    label: { en: value, zh: value },
    correct: correct.includes(value),
  })),
});

const QUESTIONS = [q('q1', 'single', ['b']), q('q2', 'multiple', ['a', 'c']), q('q3', 'single', ['d'])];

describe('scoring a test', () => {
  it('gives a point only for an answer exactly right: every correct choice and no other', () => {
    const scored = scoreAttempt(
      QUESTIONS,
      new Map([
        ['q1', ['b']],
        ['q2', ['c', 'a']],
        ['q3', ['a']],
      ]),
    );
    expect(scored).toEqual({
      score: 2,
      maxScore: 3,
      answers: [
        { questionId: 'q1', selected: ['b'], correct: true },
        { questionId: 'q2', selected: ['a', 'c'], correct: true },
        { questionId: 'q3', selected: ['a'], correct: false },
      ],
    });
  });

  it('gives nothing for part of a multiple-choice answer, for ticking every box, or for a blank', () => {
    expect(scoreAttempt(QUESTIONS, new Map([['q2', ['a']]])).score).toBe(0);
    expect(scoreAttempt(QUESTIONS, new Map([['q2', ['a', 'b', 'c', 'd']]])).score).toBe(0);
    const blank = scoreAttempt(QUESTIONS, new Map());
    expect(blank.score).toBe(0);
    expect(blank.answers.every((a) => !a.correct && a.selected.length === 0)).toBe(true);
  });

  it('counts a choice sent twice once', () => {
    expect(scoreAttempt(QUESTIONS, new Map([['q1', ['b', 'b']]])).answers[0]).toEqual({
      questionId: 'q1',
      selected: ['b'],
      correct: true,
    });
  });

  it('refuses unknown questions, unknown choices and two answers to a single-choice question', () => {
    const { answers, errors } = readTestAnswers(QUESTIONS, {
      q1: ['a', 'b'],
      q2: ['a', 'zzz'],
      q3: 'd',
      "q9'; drop table feedback_questions; --": 'a',
    });
    expect(errors).toEqual({
      q1: 'feedback.error.oneAnswer',
      q2: 'form.choose',
      "q9'; drop table feedback_questions; --": 'feedback.error.unknownQuestion',
    });
    expect([...answers]).toEqual([['q3', ['d']]]);
    expect(readTestAnswers(QUESTIONS, { q1: { nested: 1 } }).errors).toEqual({ q1: 'form.choose' });
    expect(readTestAnswers(QUESTIONS, { q1: '' }).answers.get('q1')).toEqual([]);
  });

  it('turns a score into a percentage', () => {
    expect(percentOf(3, 5)).toBe(60);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe('knowledge gain', () => {
  it('works out means, the paired gain and Hake’s g on a worked example', () => {
    // A: 40 → 80, B: 60 → 80, C: pre only (50), D: post only (100).
    const g = knowledgeGain([
      { pre: 40, post: 80 },
      { pre: 60, post: 80 },
      { pre: 50, post: null },
      { pre: null, post: 100 },
    ]);
    expect(g.pre).toEqual({ n: 3, mean: 50 });
    expect(g.post.n).toBe(3);
    expect(g.post.mean).toBeCloseTo(86.6667, 4);
    // Only A and B took both: pre 50, post 80, gain 30 points, g = 30 / (100 − 50) = 0.6.
    expect(g.paired).toEqual({ n: 2, meanPre: 50, meanPost: 80, meanGain: 30, hakeG: 0.6 });
  });

  it('shows that the unpaired means mislead when the weakest skip the post-test', () => {
    // Three of five improve by 20 points; the two lowest pre-test scorers never take the post-test.
    const g = knowledgeGain([
      { pre: 20, post: null },
      { pre: 20, post: null },
      { pre: 60, post: 80 },
      { pre: 60, post: 80 },
      { pre: 60, post: 80 },
    ]);
    expect(g.post.mean! - g.pre.mean!).toBeCloseTo(36, 6);
    expect(g.paired.meanGain).toBe(20);
    expect(g.paired.hakeG).toBe(0.5);
  });

  it('has no g when everyone already knew everything, and a negative one when scores fell', () => {
    expect(hakeG(100, 100)).toBeNull();
    expect(hakeG(null, 80)).toBeNull();
    expect(hakeG(80, 70)).toBeCloseTo(-0.5, 10);
    expect(knowledgeGain([]).paired).toEqual({
      n: 0,
      meanPre: null,
      meanPost: null,
      meanGain: null,
      hakeG: null,
    });
  });
});
