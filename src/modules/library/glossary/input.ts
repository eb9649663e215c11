import { z } from 'zod';
import { bilingualText, checkbox, line } from '../../../web/fields.js';

const pair = (opts: Parameters<typeof bilingualText>[0]) =>
  z.preprocess((v) => v ?? { en: '', zh: '' }, bilingualText(opts));

/** Other forms of a term, one per line or comma-separated in a form, an array in the API. */
const aliases = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/[\n,，、]/) : (v ?? [])),
  z
    .array(line(100))
    .max(30)
    .transform((xs) => [...new Set(xs.filter(Boolean))]),
);

export const termInput = z.object({
  term: pair({ max: 120, required: true }),
  definition: pair({ max: 4000, multiline: true, required: true }),
  aliases: aliases.default([]),
  source: bilingualText({ max: 500 }),
  inStep: checkbox().default(false),
});

export type TermInput = z.output<typeof termInput>;
