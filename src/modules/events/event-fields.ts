import type { Bilingual } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import type { AppError } from '../../lib/errors.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { daysBetween, normaliseDates, yearOf } from './event-dates.js';
import {
  AUDIENCES,
  type Audience,
  DATE_PRECISIONS,
  type DatePrecision,
  EVENT_STATUSES,
  type EventStatus,
} from './schema.js';

/** Everything an editor sets on an event; the page form and the API both end up here. */
export interface EventFields {
  programmeId: string;
  /** Which round of the programme, in both languages ("2009 spring round"). */
  round: Bilingual;
  title: Bilingual;
  description: Bilingual;
  venue: Bilingual;
  cityId: string;
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
  audience: Audience;
  status: EventStatus;
  reportedHeadcount: number | null;
  headcountApproximate: boolean;
}

export const LIMITS = {
  title: 200,
  venue: 300,
  description: 20_000,
  round: 100,
  headcount: 1_000_000,
  firstYear: 1980,
  lastYear: 2100,
  maxDays: 731,
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) =>
  ISO_DATE.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const bi = (b: Partial<Bilingual> | undefined, multiline = false): Bilingual => ({
  en: cleanText(b?.en ?? '', { multiline }),
  zh: cleanText(b?.zh ?? '', { multiline }),
});

/** Cleans the text (hidden and bidi characters, spacing) and widens month/year dates to whole periods. */
export function cleanEventFields(f: EventFields): EventFields {
  const out: EventFields = {
    ...f,
    round: bi(f.round),
    title: bi(f.title),
    description: bi(f.description, true),
    venue: bi(f.venue),
  };
  if (validDate(f.startDate) && validDate(f.endDate)) {
    Object.assign(out, normaliseDates(f.startDate, f.endDate, f.datePrecision));
  }
  return out;
}

/** Field errors as message keys; empty when the event may be saved. */
export function eventFieldErrors(f: EventFields): FieldProblems {
  const e: FieldProblems = {};
  if (!f.title.en && !f.title.zh) e['title.en'] = 'form.oneLanguage';
  for (const lang of ['en', 'zh'] as const) {
    if (f.title[lang].length > LIMITS.title) e[`title.${lang}`] = 'events.error.textLength';
    if (f.venue[lang].length > LIMITS.venue) e[`venue.${lang}`] = 'events.error.textLength';
    if (f.description[lang].length > LIMITS.description) e[`description.${lang}`] = 'events.error.textLength';
    if (f.round[lang].length > LIMITS.round) e[`round.${lang}`] = 'events.error.textLength';
  }
  if (!DATE_PRECISIONS.includes(f.datePrecision)) e.datePrecision = 'form.choose';
  if (!AUDIENCES.includes(f.audience)) e.audience = 'form.choose';
  if (!EVENT_STATUSES.includes(f.status)) e.status = 'form.choose';
  if (!validDate(f.startDate)) e.startDate = 'form.date';
  if (!validDate(f.endDate)) e.endDate = 'form.date';
  if (!e.startDate && !e.endDate) {
    const inBounds = (s: string) => yearOf(s) >= LIMITS.firstYear && yearOf(s) <= LIMITS.lastYear;
    if (!inBounds(f.startDate)) e.startDate = 'events.error.year';
    else if (!inBounds(f.endDate)) e.endDate = 'events.error.year';
    else if (f.endDate < f.startDate) e.endDate = 'events.error.endBeforeStart';
    else if (daysBetween(f.startDate, f.endDate) > LIMITS.maxDays) e.endDate = 'events.error.tooLong';
  }
  const n = f.reportedHeadcount;
  if (n !== null && (!Number.isInteger(n) || n < 0 || n > LIMITS.headcount)) {
    e.reportedHeadcount = 'events.error.headcount';
  }
  return e;
}

export function validationError(fields: FieldProblems, what = 'event'): AppError {
  return invalidFields(fields, what);
}

/** The bilingual fields whose two languages the translation status compares. */
export const translatedFields = (f: Pick<EventFields, 'title' | 'description' | 'venue' | 'round'>) => [
  f.title,
  f.description,
  f.venue,
  f.round,
];
