/** The engine's input and its Zod schema, shared with the JSON API. */
import { z } from 'zod';
import { isValidIsoDate, yearOf } from './dates.js';

export const JURISDICTIONS = ['CN', 'EU', 'EP', 'UP', 'US', 'PCT'] as const;
export const RIGHTS = [
  'invention',
  'utility-model',
  'design',
  'trademark',
  'copyright',
  'software',
  'layout-design',
  'trade-secret',
  'patent',
  'design-patent',
] as const;
/** Offices that can be asked for in `options.offices` (PCT national phase and priority deadlines). */
export const OFFICES = ['CNIPA', 'EPO', 'EUIPO', 'USPTO'] as const;

/**
 * A day as YYYY-MM-DD. The messages are the platform's catalogue keys, so the API says in the caller's
 * language whether a date is badly written, does not exist (2019-02-30) or is out of range.
 */
const isoDate = z.string().superRefine((s, ctx) => {
  const message = !/^\d{4}-\d{2}-\d{2}$/.test(s)
    ? 'form.date'
    : !isValidIsoDate(s)
      ? 'form.dateNotExist'
      : yearOf(s) < 1900 || yearOf(s) > 2199
        ? 'ip.error.dateRange'
        : undefined;
  if (message) ctx.addIssue({ code: 'custom', message });
});

const days = z.int().min(0).max(20_000);

export const scheduleDatesSchema = z.strictObject({
  /** Filing date (Chinese, EP, US or international filing date; first filing for PCT/Paris). */
  filing: isoDate.optional(),
  /** Earliest priority date claimed. */
  priority: isoDate.optional(),
  /** Grant (CN: grant announcement; US: issue date). */
  grant: isoDate.optional(),
  /** Trade-mark registration date. */
  registration: isoDate.optional(),
  /** EPO: publication of the mention of grant. */
  grantMention: isoDate.optional(),
  /** Completion (creation) of a work, software or layout-design. */
  completion: isoDate.optional(),
  /** First publication of a work or software. */
  publication: isoDate.optional(),
  /** Death of the author (the last surviving author of a joint work). */
  authorDeath: isoDate.optional(),
  /** First commercial exploitation of a layout-design anywhere. */
  firstCommercialUse: isoDate.optional(),
});

export const scheduleOptionsSchema = z.strictObject({
  /** Copyright and software: works of natural persons, or of legal persons / employers. */
  ownerKind: z.enum(['natural', 'legal']).optional(),
  /** CN: the fee year named in the registration notice (办理登记手续通知书). */
  grantYear: z.int().min(1).max(20).optional(),
  /** CN: day the grant (registration) notice was received; electronic notices on the day they arrive. */
  grantNoticeReceived: isoDate.optional(),
  /** CN: dispatch day of a postal grant notice, presumed received 15 days later (Rule 4). */
  grantNoticeMailed: isoDate.optional(),
  /** CN or US: term adjustment already fixed, in days. */
  ptaDays: days.optional(),
  /** CN: request for substantive examination, for computing the term adjustment. */
  examinationRequested: isoDate.optional(),
  /** CN: unreasonable delays caused by the applicant, in days. */
  applicantDelayDays: days.optional(),
  /** CN: reasonable delays (re-examination, suspension…), in days. */
  reasonableDelayDays: days.optional(),
  /** CN PCT case: national-phase entry date (start of the term-adjustment count). */
  nationalPhaseEntry: isoDate.optional(),
  /** EU designs: which renewal rules; `auto` follows the transition of 1 May 2025. */
  designRegime: z.enum(['auto', 'old', 'new']).optional(),
  /** PCT/Paris: offices to compute dates for. */
  offices: z.array(z.enum(OFFICES)).min(1).max(OFFICES.length).optional(),
  /** CN, EP, US patents: the application entered the national/regional phase of a PCT application. */
  viaPct: z.boolean().optional(),
  /** Renewable rights: schedule renewal cycles up to the one still open on this day (default: the first). */
  asOf: isoDate.optional(),
});

export const scheduleInputSchema = z.strictObject({
  jurisdiction: z.enum(JURISDICTIONS),
  right: z.enum(RIGHTS),
  dates: scheduleDatesSchema,
  options: scheduleOptionsSchema.optional(),
});

export type ScheduleInput = z.input<typeof scheduleInputSchema>;
export type ScheduleDates = z.output<typeof scheduleDatesSchema>;
export type ScheduleOptions = z.output<typeof scheduleOptionsSchema>;
export type OfficeChoice = (typeof OFFICES)[number];

/** What each jurisdiction module receives: validated input with options always present. */
export interface EngineInput {
  jurisdiction: (typeof JURISDICTIONS)[number];
  right: (typeof RIGHTS)[number];
  dates: ScheduleDates;
  options: ScheduleOptions;
}
