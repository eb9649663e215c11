import { z } from 'zod';
import { invalidFields } from '../../lib/field-errors.js';
import { email, line, requiredLine } from '../../web/fields.js';
import { SECTOR_CODES } from '../directory/index.js';
import { normaliseCreditCode, organisationKey, personKey } from './keys.js';
import { ATTENDEE_SEXES } from './schema.js';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** One attendee as a form, the API and an imported row give it: the one schema for all three. */
export const attendeeInput = z.object({
  name: requiredLine(100),
  organisation: requiredLine(200),
  organisationCode: line(40).optional().default(''),
  email: z.preprocess(blankToUndefined, email().optional()).transform((v) => v ?? ''),
  phone: line(40)
    .refine((v) => /^[0-9+\-() ]*$/.test(v), { message: 'cascade.attendees.error.phone' })
    .optional()
    .default(''),
  sector: z
    .enum(['', ...SECTOR_CODES])
    .optional()
    .default(''),
  sex: z.preprocess(blankToUndefined, z.enum(ATTENDEE_SEXES).optional()),
});
export type AttendeeInput = z.output<typeof attendeeInput>;

/**
 * The row an input makes for a session in `cityId`: the credit code in canonical form, the keys
 * the cascade de-duplicates on. Refuses an attendee nobody could reach again (no e-mail and no
 * phone) and a credit code whose check character is wrong.
 */
export function attendeeRecord(input: AttendeeInput, cityId: string) {
  const key = personKey(input);
  const code = input.organisationCode ? normaliseCreditCode(input.organisationCode) : '';
  const problems: Record<string, 'cascade.attendees.error.contact' | 'cascade.attendees.error.creditCode'> =
    {};
  if (!key) problems.email = 'cascade.attendees.error.contact';
  if (code === null) problems.organisationCode = 'cascade.attendees.error.creditCode';
  if (!key || code === null) throw invalidFields(problems, 'invalid attendee');
  return {
    name: input.name,
    organisation: input.organisation,
    organisationCode: code,
    email: input.email,
    phone: input.phone,
    sector: input.sector,
    sex: input.sex ?? null,
    personKey: key,
    orgKey: organisationKey({ code, name: input.organisation, cityId }),
  };
}
