import { z } from 'zod';
import { bilingualText, line, optionalLine, requiredLine } from '../../web/fields.js';
import { PROVINCE_CODES } from '../places/index.js';
import { ORGANISATION_KINDS } from './schema.js';
import { SECTOR_CODES } from './sectors.js';

export const ORGANISATION_SIZES = ['sme', 'large', 'unknown'] as const;
export const SEXES = ['female', 'male'] as const;

export const LIMITS = {
  name: 200,
  abbreviation: 40,
  website: 300,
  personName: 120,
  honorific: 40,
  role: 200,
  email: 254,
  phone: 40,
} as const;

/** An optional choice: '' or null (nothing chosen) becomes the fallback; anything else must be listed. */
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === null || v === undefined ? '' : v), z.union([z.literal(''), z.enum(values)]));

/** An optional reference: '' or null means none. */
const optionalId = () =>
  z
    .preprocess(
      (v) => (v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : v),
      z.string(),
    )
    .pipe(z.union([z.literal(''), z.uuid()]))
    .transform((v) => (v === '' ? null : v));

const isWebAddress = (v: string) => {
  if (v === '') return true;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
};

const website = () =>
  line(LIMITS.website).optional().default('').refine(isWebAddress, { message: 'form.url' });

const optionalEmail = () =>
  line(LIMITS.email)
    .optional()
    .default('')
    .transform((v) => v.toLowerCase())
    .refine((v) => v === '' || z.email().safeParse(v).success, { message: 'form.email' });

const PHONE = /^\+?[0-9][0-9 ()./-]*((ext\.?|x|转|分机)\s*[0-9]+)?$/i;
const phone = () =>
  line(LIMITS.phone)
    .optional()
    .default('')
    .refine((v) => v === '' || PHONE.test(v), { message: 'directory.error.phone' });

/** One organisation as typed into the form, sent to the API or read from a CSV row. */
export const organisationInput = z.object({
  name: bilingualText({ max: LIMITS.name, required: true }),
  abbreviation: optionalLine(LIMITS.abbreviation),
  kind: z.enum(ORGANISATION_KINDS),
  size: choice(ORGANISATION_SIZES).transform((v) => v || 'unknown'),
  sector: choice(SECTOR_CODES),
  province: choice(PROVINCE_CODES),
  cityId: optionalId(),
  website: website(),
});
export type OrganisationInput = z.output<typeof organisationInput>;

/** One person, from the form, the API or a CSV row. */
export const personInput = z.object({
  name: requiredLine(LIMITS.personName),
  nameAlt: optionalLine(LIMITS.personName),
  /** The name as Chinese pages write it, title included (Benoit Misonne先生, 王丽处长). */
  nameZh: optionalLine(LIMITS.personName + LIMITS.honorific),
  honorific: optionalLine(LIMITS.honorific),
  organisationId: optionalId(),
  role: bilingualText({ max: LIMITS.role }),
  sex: choice(SEXES).transform((v) => v || null),
  email: optionalEmail(),
  phone: phone(),
});
export type PersonInput = z.output<typeof personInput>;
