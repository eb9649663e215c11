import { z } from 'zod';
import { type Answers, allHold, holds } from './conditions.js';
import { LEVEL_ONE, questionById, SECTIONS, type Section, sectionOf } from './questions.js';

/** The sections the answers call for, in the questionnaire's order. */
export const openSections = (answers: Answers): Section[] =>
  SECTIONS.filter((s) => s.when.some((c) => holds(c, answers)));

const LEVEL_ONE_IDS = new Set(LEVEL_ONE.map((q) => q.id));

/**
 * Answers as `{questionId: optionValue}`, checked against the question table: an unknown question,
 * a value that is not one of its options, a required question left out, or a question of a section
 * the first answers do not call for, each refuses its field. `levelOne` checks only the first form.
 */
export const answersSchema = (scope: 'levelOne' | 'all') =>
  z.record(z.string().max(60), z.string().max(60)).superRefine((answers, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const open = new Set(openSections(answers).map((s) => s.id));
    for (const [id, value] of Object.entries(answers)) {
      const q = questionById(id);
      if (!q || (scope === 'levelOne' && !LEVEL_ONE_IDS.has(id))) issue(id, 'diagnostic.error.unknown');
      else if (!q.options.some((o) => o.value === value)) issue(id, 'diagnostic.error.choice');
      else if (!LEVEL_ONE_IDS.has(id) && !open.has(sectionOf(id)!.id)) issue(id, 'diagnostic.error.notAsked');
    }
    for (const q of LEVEL_ONE) if (q.required && !(q.id in answers)) issue(q.id, 'diagnostic.error.required');
  });

/** What the page and the API post: the answers, by question. */
export const diagnosticInput = z.object({
  answers: answersSchema('all'),
});
export const levelOneInput = z.object({ answers: answersSchema('levelOne') });

/** Empty radio groups are not answers. */
export const answered = (raw: Record<string, unknown> | undefined): Answers =>
  Object.fromEntries(
    Object.entries(raw ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );

export { allHold };
