/**
 * What a person registering gives about themselves: one schema for the public form, the API and the
 * use case, so the three cannot disagree. Text is measured as it will be stored (bidi and zero-width
 * characters removed, spaces folded); who may leave the name or e-mail out (someone signed in, whose
 * account supplies them) is the use case's decision, not the schema's.
 */
import { z } from '@hono/zod-openapi';
import { cleanText } from '../../lib/clean-text.js';
import type { FieldProblems } from '../../lib/field-errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { ORGANISATION_TYPES, SEXES } from './schema.js';

export const FIELD_LIMITS = { name: 200, email: 254, organisation: 300 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Text of at most `max` characters once cleaned (the form's and the API's limit alike). */
const text = (max: number) =>
  z.string().refine((v) => cleanText(v).length <= max, { message: 'registration.error.textLength' });

/** An e-mail address, or nothing (the account's address is used then). */
const emailOrEmpty = z.string().refine(
  (v) => {
    const e = cleanText(v);
    return e === '' || (EMAIL.test(e) && e.length <= FIELD_LIMITS.email);
  },
  { message: 'form.email' },
);

const Answer = z.union([z.string().max(5_000), z.array(z.string().max(200)).max(50), z.boolean()]);

export const registrantFields = {
  name: text(FIELD_LIMITS.name).openapi({ example: '王芳' }),
  email: emailOrEmpty.openapi({ example: 'wang.fang@example.org' }),
  organisation: text(FIELD_LIMITS.organisation).optional().openapi({ example: '青岛市工业和信息化局' }),
  organisationType: z.enum(ORGANISATION_TYPES).optional(),
  sex: z.enum(SEXES).optional(),
  answers: z
    .record(z.string().max(40), Answer)
    .refine((o) => Object.keys(o).length <= 100, { message: 'form.invalid' })
    .optional()
    .openapi({
      description:
        'By question id (see `GET /events/{id}/questions`): text, a date (YYYY-MM-DD), an option value, a list of option values, or true/false for a yes/no question',
    }),
};

export const RegistrantFields = z.object(registrantFields);
export type RegistrantFields = z.output<typeof RegistrantFields>;

/** The messages the schema names itself; any other refusal is a wrong type or choice. */
const OWN_MESSAGES = new Set<string>(['registration.error.textLength', 'form.email', 'form.invalid']);

/** The schema's refusals as field problems, for the use case to report as the form and the API do. */
export function registrantProblems(input: unknown): FieldProblems {
  const r = RegistrantFields.safeParse(input);
  if (r.success) return {};
  const out: FieldProblems = {};
  for (const issue of r.error.issues) {
    const field = issue.path.join('.') || '_form';
    out[field] ??= OWN_MESSAGES.has(issue.message)
      ? (issue.message as MessageKey)
      : issue.code === 'invalid_value'
        ? 'form.choose'
        : 'form.invalid';
  }
  return out;
}
