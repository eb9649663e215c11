import { z } from 'zod';

/**
 * A condition on the answers, as small JSON data an editor may change: `{question, op, value}`.
 * `eq`/`ne` compare one answer, `in`/`notIn` a list of answers. An unanswered question matches
 * only `ne` and `notIn`.
 */
export const conditionSchema = z
  .object({
    question: z.string().regex(/^[a-z][a-zA-Z0-9]{1,40}$/),
    op: z.enum(['eq', 'ne', 'in', 'notIn']),
    value: z.union([z.string().max(40), z.array(z.string().max(40)).min(1).max(20)]),
  })
  .strict()
  .refine((c) => (c.op === 'in' || c.op === 'notIn') === Array.isArray(c.value), {
    message: 'in and notIn take a list, eq and ne one value',
  });

export type Condition = z.infer<typeof conditionSchema>;

/** Every condition of a rule must hold. */
export const conditionsSchema = z.array(conditionSchema).min(1).max(10);

export type Answers = Record<string, string>;

export function holds(c: Condition, answers: Answers): boolean {
  const a = answers[c.question];
  const list = Array.isArray(c.value) ? c.value : [c.value];
  switch (c.op) {
    case 'eq':
    case 'in':
      return a !== undefined && list.includes(a);
    case 'ne':
    case 'notIn':
      return a === undefined || !list.includes(a);
  }
}

export const allHold = (cs: readonly Condition[], answers: Answers) => cs.every((c) => holds(c, answers));
