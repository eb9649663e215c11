/** Shared result types of the IP term, renewal and annuity engine. All dates are ISO `YYYY-MM-DD`. */

export type IsoDate = string;

/** Same shape as the platform's bilingual text: English and mainland simplified Chinese. */
export type Bilingual = { en: string; zh: string };

/** Offices whose calendars decide when a deadline on a closed day moves to the next working day. */
export type OfficeId = 'CNIPA' | 'EPO' | 'EUIPO' | 'USPTO' | 'NATIONAL';

export type Jurisdiction = 'CN' | 'EU' | 'EP' | 'UP' | 'US' | 'PCT';

export type RightKind =
  | 'invention'
  | 'utility-model'
  | 'design'
  | 'trademark'
  | 'copyright'
  | 'software'
  | 'layout-design'
  | 'trade-secret'
  | 'patent'
  | 'design-patent';

export type DeadlineKind =
  | 'cn-registration-fee'
  | 'cn-annual-fee'
  | 'cn-pta-request'
  | 'cn-tm-renewal'
  | 'ic-filing-bar'
  | 'copyright-publication-bar'
  | 'eu-tm-renewal'
  | 'eu-design-renewal'
  | 'ep-renewal-fee'
  | 'ep-national-fee'
  | 'up-renewal-fee'
  | 'us-maintenance-fee'
  | 'us-tm-declaration'
  | 'us-tm-renewal'
  | 'pct-national-phase'
  | 'priority-deadline';

/** A surcharge for paying late: a flat percentage, or the Chinese monthly tiers. */
export interface Surcharge {
  label: Bilingual;
  percent?: number;
  /** Inclusive date bands counted from the raw due date; the last band ends on the effective grace end. */
  tiers?: { from: IsoDate; to: IsoDate; percent: number }[];
}

/** Dates that another reading of an unsettled rule would give instead of the primary ones. */
export interface Alternative {
  reason: Bilingual;
  opens?: IsoDate;
  due?: IsoDate;
  graceEnds?: IsoDate;
  renewsTo?: IsoDate;
  lastDayInForce?: IsoDate;
}

/** Set wherever the rules mark a point as unsettled; the dates given are the primary reading. */
export interface Uncertain {
  /** Every unsettled point affecting this item, in one text. */
  reason: Bilingual;
  /** The other readings that would change a date, each with its own reason. */
  alternatives?: Alternative[];
}

export interface Deadline {
  kind: DeadlineKind;
  /**
   * Where the deadline belongs to one: the fee (patent) year, the US maintenance stage (3.5, 7.5, 11.5) or
   * the anniversary a renewal falls on (10, 20 … years; 5, 10 … for EU designs).
   */
  year?: number;
  office?: OfficeId;
  label: Bilingual;
  /** Effective last day: the raw date moved off a day the office is closed. */
  due: IsoDate;
  dueRaw: IsoDate;
  /** The date a fee would ordinarily fall due before a special rule moved it (deferral, post-grant period). */
  nominalDue?: IsoDate;
  /** Earliest day for a valid payment or filing. */
  opens?: IsoDate;
  graceEnds?: IsoDate;
  graceEndsRaw?: IsoDate;
  surcharge?: Surcharge;
  /** Where renewing: the last day in force of the renewed term. */
  renewsTo?: IsoDate;
  /** The right lapses on (or as from) this date if nothing is done. */
  lapsesOn?: IsoDate;
  /** The provisions the dates come from, cited in each language (《中华人民共和国专利法》第43条 …). */
  basis: Bilingual;
  uncertain?: Uncertain;
  /** Calendar years needed but not loaded, e.g. `CNIPA:2031`: only weekends were rolled over. */
  calendarMissing?: string[];
  /** Calendar years consulted whose data is provisional, e.g. `EPO:2026`. */
  calendarProvisional?: string[];
}

export interface Expiry {
  lastDayInForce: IsoDate;
  /** The office's own nominal date where it differs (e.g. the CNIPA termination date, never rolled). */
  raw?: IsoDate;
  basis: Bilingual;
  /** Days of term adjustment or extension included in `lastDayInForce`. */
  adjustmentDays?: number;
  /** For renewable rights: the end of the longest possible protection, where the law caps it. */
  maxTermEnds?: IsoDate;
  renewable?: boolean;
  uncertain?: Uncertain;
}

export interface Note {
  code: string;
  text: Bilingual;
}

/**
 * Part of a schedule that waits for a date not given yet: with only a priority date (nothing filed yet),
 * the last day to file claiming it is known, the term and the fees are not.
 */
export interface Awaiting {
  /** The input dates still needed, e.g. `dates.filing`. */
  fields: string[];
  reason: Bilingual;
  /** What will be scheduled once those dates are given: `term` (the expiry) and kinds of deadline. */
  items: { kind: DeadlineKind | 'term'; label: Bilingual }[];
}

export interface Schedule {
  ok: true;
  jurisdiction: Jurisdiction;
  right: RightKind;
  /** `null` where the law sets no term (trade secrets) or the term cannot be known yet. */
  expiry: Expiry | null;
  deadlines: Deadline[];
  notes: Note[];
  /** Set when the schedule is partial because a date is still to come (see `Awaiting`). */
  awaiting?: Awaiting;
}

export type ScheduleErrorCode =
  | 'invalid-input'
  | 'unsupported-right'
  | 'missing-date'
  | 'missing-option'
  | 'date-order'
  | 'unsupported-office';

export interface ScheduleError {
  ok: false;
  error: { code: ScheduleErrorCode; reason: Bilingual; field?: string };
}

export type ScheduleResult = Schedule | ScheduleError;
