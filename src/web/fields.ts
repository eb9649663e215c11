import { z } from 'zod';
import { cleanText } from '../lib/clean-text.js';
import { isoDateProblem } from '../lib/dates.js';

/** A single-line text field: cleaned of hidden characters, length-limited. */
export const line = (max = 200) =>
  z
    .string()
    .transform((s) => cleanText(s))
    .pipe(z.string().max(max));

export const requiredLine = (max = 200) =>
  z
    .string()
    .transform((s) => cleanText(s))
    .pipe(z.string().min(1).max(max));

/** Multi-line text (descriptions, bodies): keeps line breaks. */
export const prose = (max = 20_000) =>
  z
    .string()
    .transform((s) => cleanText(s, { multiline: true }))
    .pipe(z.string().max(max));

export const optionalLine = (max = 200) => line(max).optional().default('');
export const optionalProse = (max = 20_000) => prose(max).optional().default('');

/** Both languages; at least one must be filled when required. */
export const bilingualText = (opts: { max?: number; multiline?: boolean; required?: boolean } = {}) => {
  const one = opts.multiline ? prose(opts.max) : line(opts.max);
  const base = z.object({ en: one.optional().default(''), zh: one.optional().default('') });
  return opts.required
    ? base.refine((b) => b.en !== '' || b.zh !== '', { message: 'form.oneLanguage', path: ['en'] })
    : base.optional().default({ en: '', zh: '' });
};

export const email = () =>
  z
    .string()
    .transform((s) => cleanText(s).toLowerCase())
    .pipe(z.email().max(254));

/**
 * A calendar date typed as YYYY-MM-DD. A day the calendar does not have (2019-02-30) is told apart from a
 * badly written date: `form.dateNotExist` rather than `form.date`.
 */
export const isoDate = () =>
  z
    .string()
    .trim()
    .pipe(
      z.iso.date({
        error: (iss) =>
          typeof iss.input === 'string' && isoDateProblem(iss.input) === 'no-such-day'
            ? 'form.dateNotExist'
            : undefined,
      }),
    );

/** A whole number typed into a form ('' means absent). */
export const optionalInt = (min = 0, max = 1_000_000) =>
  z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? undefined : typeof v === 'string' ? Number(v) : v),
    z.number().int().min(min).max(max).optional(),
  );

export const checkbox = () =>
  z.preprocess((v) => v === 'on' || v === 'true' || v === true || v === '1', z.boolean());
