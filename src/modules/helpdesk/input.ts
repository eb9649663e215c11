import { z } from 'zod';
import { isUuid } from '../../lib/ids.js';
import { checkbox, email, prose, requiredLine } from '../../web/fields.js';
import { PROVINCE_CODES } from '../places/index.js';
import { HELPDESK_JURISDICTIONS, HELPDESK_RIGHTS, HELPDESK_SOURCES, HELPDESK_TOPICS } from './topics.js';

/** '' (an unchosen select) counts as not given. */
const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

/** An enquiry as the form and the API send it. */
export const enquiryInput = z.object({
  name: requiredLine(200),
  email: email(),
  lang: z.enum(['en', 'zh']),
  topic: z.enum(HELPDESK_TOPICS),
  right: z.preprocess(blank, z.enum(HELPDESK_RIGHTS).optional()),
  jurisdiction: z.preprocess(blank, z.enum(HELPDESK_JURISDICTIONS).optional()),
  province: z.preprocess(blank, z.enum(PROVINCE_CODES).optional()),
  question: prose(10_000).pipe(z.string().min(10)),
  source: z.preprocess(blank, z.enum(HELPDESK_SOURCES).optional()),
  sourceRef: z.preprocess(blank, z.string().refine(isUuid, { message: 'form.invalid' }).optional()),
});
export type EnquiryInput = z.output<typeof enquiryInput>;

/** The public form adds the consent the enquirer must give. */
export const enquiryForm = enquiryInput.extend({
  consent: checkbox().refine((v) => v, { message: 'helpdesk.error.consent' }),
});

export const answerInput = z.object({ body: prose(20_000).pipe(z.string().min(1)) });
export const noteInput = answerInput;
export const replyInput = answerInput;
export const ratingInput = z.object({
  rating: z.preprocess(
    (v) => (typeof v === 'string' && v !== '' ? Number(v) : v),
    z.number().int().min(1).max(5),
  ),
  comment: prose(2000).optional().default(''),
});
export const expertAreasInput = z.object({
  topics: z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(HELPDESK_TOPICS)).max(20),
  ),
  provinces: z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(PROVINCE_CODES)).max(40),
  ),
  city: z.preprocess((v) => v ?? '', requiredLine(100).or(z.literal(''))),
});
