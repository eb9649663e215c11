import { z } from 'zod';
import type { Bilingual } from '../../lib/bilingual.js';
import { UUID } from '../../lib/ids.js';
import { bilingualText, isoDate, optionalInt, optionalLine } from '../../web/fields.js';

export const SESSION_LANGS = ['zh', 'en'] as const;
/** Whom a local session is for: SMEs unless the trainer says otherwise. */
export const SESSION_AUDIENCES = ['sme', 'industry', 'mixed', 'officials'] as const;
export const MAX_PLANNED_SIZE = 100_000;

/** The local session form (create and edit); the API reads the events API's fields instead. */
export const SessionFormSchema = z.object({
  trainerId: z.string().regex(UUID, { message: 'form.choose' }).optional(),
  title: bilingualText({ required: true, max: 200 }),
  startDate: isoDate(),
  // Empty: the session lasts one day.
  endDate: z
    .union([z.literal(''), isoDate()])
    .optional()
    .default(''),
  cityId: z.string().regex(UUID, { message: 'form.choose' }),
  venue: optionalLine(300),
  audience: z.enum(SESSION_AUDIENCES),
  sector: optionalLine(100),
  plannedSize: optionalInt(0, MAX_PLANNED_SIZE),
  lang: z.enum(SESSION_LANGS),
});
export type SessionFormData = z.output<typeof SessionFormSchema>;

const CJK = /\p{Script=Han}/u;

/** One line typed in either language, filed under the language it is written in. */
export const oneLanguage = (s: string): Bilingual =>
  !s ? { en: '', zh: '' } : CJK.test(s) ? { en: '', zh: s } : { en: s, zh: '' };

/** The form's fields as the use cases take them. */
export const sessionFields = (d: SessionFormData) => ({
  title: d.title,
  venue: oneLanguage(d.venue),
  cityId: d.cityId,
  startDate: d.startDate,
  endDate: d.endDate || d.startDate,
  audience: d.audience,
  sector: d.sector,
  plannedSize: d.plannedSize ?? null,
  lang: d.lang,
});
