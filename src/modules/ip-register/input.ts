/**
 * A register entry as people write it: in a form, a CSV row or an API body. One schema for all three; the
 * form posts strings (empty for absent), the API sends JSON types, and both come out the same.
 */
import { z } from 'zod';
import { cleanText } from '../../lib/clean-text.js';
import { isoDateProblem } from '../../lib/dates.js';
import { yearOf } from './engine/dates.js';
import { JURISDICTIONS, RIGHTS } from './engine/input.js';
import { DATE_FIELDS, type DateField, PCT_OFFICES } from './kinds.js';

export const RIGHT_STATUS_VALUES = ['pending', 'in-force', 'lapsed', 'expired', 'abandoned'] as const;

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/**
 * YYYY-MM-DD of a real day between 1900 and 2199; '' means not given. A day the calendar does not have
 * (2019-02-30) is told apart from a badly written date.
 */
export const registerDate = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? blankToUndefined(v.trim()) : blankToUndefined(v)),
    z
      .string()
      .superRefine((s, ctx) => {
        const problem = isoDateProblem(s);
        const message =
          problem === 'format'
            ? 'form.date'
            : problem === 'no-such-day'
              ? 'form.dateNotExist'
              : yearOf(s) < 1900 || yearOf(s) > 2199
                ? 'ip.error.dateRange'
                : undefined;
        if (message) ctx.addIssue({ code: 'custom', message });
      })
      .optional(),
  );

const wholeNumber = (max: number) =>
  z.preprocess((v) => {
    const b = typeof v === 'string' ? blankToUndefined(v.trim()) : blankToUndefined(v);
    return typeof b === 'string' && /^\d+$/.test(b) ? Number(b) : b;
  }, z.number().int().min(0).max(max).optional());

const flag = () =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : v === true || v === 'on' || v === 'true' || v === '1'),
    z.boolean().optional(),
  );

const text = (max: number, multiline = false) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? '' : v),
    z
      .string()
      .transform((s) => cleanText(s, { multiline }))
      .pipe(z.string().max(max)),
  );

const dateShape = Object.fromEntries(DATE_FIELDS.map((f) => [f, registerDate()])) as Record<
  DateField,
  ReturnType<typeof registerDate>
>;

export const rightDatesSchema = z.object(dateShape).default({});

/** What the engine's options hold, minus `asOf` (the register always schedules as of today). */
export const rightOptionsSchema = z
  .object({
    viaPct: flag(),
    nationalPhaseEntry: registerDate(),
    grantYear: wholeNumber(20).pipe(z.number().min(1).optional()),
    grantNoticeReceived: registerDate(),
    ptaDays: wholeNumber(20_000),
    examinationRequested: registerDate(),
    applicantDelayDays: wholeNumber(20_000),
    reasonableDelayDays: wholeNumber(20_000),
    ownerKind: z.preprocess(blankToUndefined, z.enum(['natural', 'legal']).optional()),
    designRegime: z.preprocess(blankToUndefined, z.enum(['auto', 'old', 'new']).optional()),
    offices: z.preprocess(
      (v) => (v === undefined || v === '' ? undefined : Array.isArray(v) ? v : [v]),
      z.array(z.enum(PCT_OFFICES)).max(PCT_OFFICES.length).optional(),
    ),
  })
  .default({});

const idList = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid()).max(50),
);

export const rightInput = z.object({
  jurisdiction: z.enum(JURISDICTIONS),
  right: z.enum(RIGHTS),
  title: z
    .object({ en: text(300).optional().default(''), zh: text(300).optional().default('') })
    .refine((t) => t.en !== '' || t.zh !== '', { message: 'form.oneLanguage', path: ['en'] }),
  applicationNumber: text(100),
  registrationNumber: text(100),
  owner: text(300),
  status: z.preprocess(blankToUndefined, z.enum(RIGHT_STATUS_VALUES).default('pending')),
  dates: rightDatesSchema,
  options: rightOptionsSchema,
  notes: text(5000, true),
  responsibleIds: idList.default([]),
});

export type RightInput = z.output<typeof rightInput>;
export type RightDates = RightInput['dates'];
export type RightOptions = RightInput['options'];

/** Drops absent values, so stored JSON holds only what was given. */
export function compactObject<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
