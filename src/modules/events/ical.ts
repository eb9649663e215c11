/**
 * A small iCalendar (RFC 5545) writer for feeds of events and deadlines: CRLF line endings, lines
 * folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, all-day entries as
 * DATE values with the exclusive DTEND the standard asks for.
 */

export type IcalWhen =
  /** All day, from `first` to `last` inclusive (YYYY-MM-DD); written with DTEND the day after `last`. */
  | { kind: 'date'; first: string; last: string }
  /** A span of time; written in UTC. */
  | { kind: 'time'; start: Date; end: Date };

export interface IcalEvent {
  /** Globally unique and stable across exports, so a client updates rather than duplicates. */
  uid: string;
  /** When the entry was last revised; also written as LAST-MODIFIED. */
  dtstamp: Date;
  when: IcalWhen;
  summary: string;
  description?: string;
  location?: string;
  geo?: { lat: number; lon: number } | null;
  url?: string;
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  categories?: string[];
  /** Reminders, e.g. `{ before: 'P7D', description: '…' }` for a week ahead. */
  alarms?: { before: string; description: string }[];
  /** The revision of an entry sent more than once (an e-mailed ticket): a later one replaces it. */
  sequence?: number;
  /** Who publishes the entry: required with a METHOD (RFC 5546), written as `ORGANIZER;CN=…:mailto:…`. */
  organizer?: IcalOrganizer;
}

export interface IcalOrganizer {
  name: string;
  email: string;
}

export interface Icalendar {
  /** The product identifier, e.g. `-//IP Cascade//Events//EN`. */
  prodId: string;
  name?: string;
  description?: string;
  /**
   * `PUBLISH` for an entry sent by e-mail, so mail programs offer to add it (RFC 5546); every event
   * then needs its `organizer`, which RFC 5546 requires of a PUBLISH and strict readers insist on.
   */
  method?: 'PUBLISH';
  events: IcalEvent[];
}

const CRLF = '\r\n';
const encoder = new TextEncoder();
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DURATION = /^P(?:\d+W|(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters. */
export function escapeText(s: string): string {
  return (
    s
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in TEXT
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

/** Folds a content line into chunks of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join(CRLF);
}

export const icalDate = (iso: string) => {
  if (!DATE.test(iso)) throw new Error(`not a date: ${iso}`);
  return iso.replace(/-/g, '');
};

export const icalDateTime = (d: Date) => `${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

export function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function whenLines(w: IcalWhen): string[] {
  if (w.kind === 'date') {
    if (w.last < w.first) throw new Error('last day before first');
    return [`DTSTART;VALUE=DATE:${icalDate(w.first)}`, `DTEND;VALUE=DATE:${icalDate(dayAfter(w.last))}`];
  }
  return [`DTSTART:${icalDateTime(w.start)}`, `DTEND:${icalDateTime(w.end)}`];
}

const MAILTO = /^[^\s@:;,"<>\\]+@[^\s@:;,"<>\\]+$/;

/** `ORGANIZER;CN="…":mailto:…`: the name quoted (it may hold `:` `;` `,`), with no DQUOTE or control character. */
export function organizerLine(o: IcalOrganizer): string {
  if (!MAILTO.test(o.email)) throw new Error(`not an e-mail address: ${o.email}`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a parameter value holds no control character
  const cn = o.name.replace(/["\u0000-\u001F\u007F]/g, '').trim();
  return cn ? `ORGANIZER;CN="${cn}":mailto:${o.email}` : `ORGANIZER:mailto:${o.email}`;
}

/**
 * The name and address of a sender written as `Name <address>` or as the address alone (MAIL_FROM),
 * for a calendar entry's ORGANIZER.
 */
export function organizerOf(from: string): IcalOrganizer {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  const email = (m ? m[2]! : from).trim();
  return { name: m ? m[1]!.trim() : '', email };
}

function eventLines(e: IcalEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${icalDateTime(e.dtstamp)}`,
    `LAST-MODIFIED:${icalDateTime(e.dtstamp)}`,
    ...whenLines(e.when),
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.sequence !== undefined) lines.push(`SEQUENCE:${Math.max(0, Math.floor(e.sequence))}`);
  if (e.organizer) lines.push(organizerLine(e.organizer));
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.geo) lines.push(`GEO:${e.geo.lat.toFixed(6)};${e.geo.lon.toFixed(6)}`);
  // A URI value is not TEXT: it is written as it is, after refusing anything that could break the line.
  if (e.url && /^https?:\/\/[^\s"<>\\]+$/.test(e.url)) lines.push(`URL:${e.url}`);
  if (e.status) lines.push(`STATUS:${e.status}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  for (const a of e.alarms ?? []) {
    if (!DURATION.test(a.before)) throw new Error(`not a duration: ${a.before}`);
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-${a.before}`,
      `DESCRIPTION:${escapeText(a.description)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar as text, every line folded and ended with CRLF. */
export function writeIcalendar(cal: Icalendar): string {
  if (cal.method && cal.events.some((e) => !e.organizer))
    throw new Error(`METHOD:${cal.method} needs an ORGANIZER on every event (RFC 5546)`);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${cal.prodId}`, 'CALSCALE:GREGORIAN'];
  if (cal.method) lines.push(`METHOD:${cal.method}`);
  if (cal.name) lines.push(`NAME:${escapeText(cal.name)}`, `X-WR-CALNAME:${escapeText(cal.name)}`);
  if (cal.description) {
    lines.push(`DESCRIPTION:${escapeText(cal.description)}`, `X-WR-CALDESC:${escapeText(cal.description)}`);
  }
  for (const e of cal.events) lines.push(...eventLines(e));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export const ICAL_CONTENT_TYPE = 'text/calendar; charset=utf-8';
