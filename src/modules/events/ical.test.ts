import { describe, expect, it } from 'vitest';
import { validateIcal } from '../../../tests/helpers/ical-validator.js';
import { escapeText, foldLine, type IcalEvent, organizerOf, writeIcalendar } from './ical.js';

/**
 * An independent reader following RFC 5545 §3.1: unfold (CRLF + one space or tab), split each
 * content line into name, parameters and value, and unescapeText TEXT values.
 */
function parse(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const stack: { name: string; props: [string, Record<string, string>, string][]; children: unknown[] }[] =
    [];
  let root: (typeof stack)[number] | undefined;
  for (const line of lines) {
    const m = line.match(/^([A-Z0-9-]+)((?:;[A-Z0-9-]+=[^;:]*)*):(.*)$/);
    if (!m) throw new Error(`bad line: ${line}`);
    const [, name, rawParams, value] = m as unknown as [string, string, string, string];
    const params = Object.fromEntries(
      rawParams
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    if (name === 'BEGIN') {
      const node = { name: value, props: [], children: [] };
      stack.at(-1)?.children.push(node);
      stack.push(node);
      root ??= node;
    } else if (name === 'END') {
      expect(stack.pop()?.name).toBe(value);
    } else {
      stack.at(-1)!.props.push([name, params, value]);
    }
  }
  expect(stack).toHaveLength(0);
  return root!;
}

const unescapeText = (v: string) =>
  v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const prop = (node: { props: [string, Record<string, string>, string][] }, name: string) =>
  node.props.find((p) => p[0] === name);

const sample = (over: Partial<IcalEvent> = {}): IcalEvent => ({
  uid: 'event-1@ip-cascade',
  dtstamp: new Date('2010-05-01T08:30:00Z'),
  when: { kind: 'date', first: '2010-06-24', last: '2010-06-25' },
  summary: 'IP management, Qingdao; day 1\\2',
  ...over,
});

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('bell\u0007')).toBe('bell');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'知识产权管理培训'.repeat(10)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // A split inside a character would leave a replacement character after decoding.
      expect(Buffer.from(part, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes an all-day event with an exclusive DTEND, CRLF endings and a stable UID', () => {
    const ics = writeIcalendar({ prodId: '-//Test//EN', name: 'Programme, 2010', events: [sample()] });
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20100624\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20100626\r\n');
    expect(ics.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    expect(ics).toBe(writeIcalendar({ prodId: '-//Test//EN', name: 'Programme, 2010', events: [sample()] }));
    const one = writeIcalendar({
      prodId: '-//Test//EN',
      events: [sample({ when: { kind: 'date', first: '2010-12-31', last: '2010-12-31' } })],
    });
    expect(one).toContain('DTSTART;VALUE=DATE:20101231\r\nDTEND;VALUE=DATE:20110101');
  });

  it('parses back to what was written', () => {
    const description = `Line one, with a comma; and a semicolon\nLine two \\ backslash — ${'长文本'.repeat(30)}`;
    const ics = writeIcalendar({
      prodId: '-//IP Cascade//Test//EN',
      name: '培训日程, 2010',
      events: [
        sample({ description, location: 'Qingdao, Shandong', url: 'https://example.org/en/events/1' }),
        sample({
          uid: 'event-2@ip-cascade',
          when: {
            kind: 'time',
            start: new Date('2010-06-28T01:00:00Z'),
            end: new Date('2010-06-28T09:00:00Z'),
          },
          status: 'CANCELLED',
          categories: ['IPR2, MIIT', 'officials'],
          alarms: [{ before: 'P7D', description: 'Renewal due' }],
        }),
      ],
    });
    const cal = parse(ics);
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')?.[2]).toBe('2.0');
    expect(unescapeText(prop(cal, 'X-WR-CALNAME')![2])).toBe('培训日程, 2010');
    const [first, second] = cal.children as (typeof cal)[];
    expect(unescapeText(prop(first!, 'DESCRIPTION')![2])).toBe(description);
    expect(unescapeText(prop(first!, 'SUMMARY')![2])).toBe('IP management, Qingdao; day 1\\2');
    expect(unescapeText(prop(first!, 'LOCATION')![2])).toBe('Qingdao, Shandong');
    expect(prop(first!, 'DTSTART')).toEqual(['DTSTART', { VALUE: 'DATE' }, '20100624']);
    expect(prop(first!, 'DTSTAMP')?.[2]).toBe('20100501T083000Z');
    expect(prop(second!, 'DTSTART')?.[2]).toBe('20100628T010000Z');
    expect(prop(second!, 'STATUS')?.[2]).toBe('CANCELLED');
    expect(prop(second!, 'CATEGORIES')?.[2]).toBe('IPR2\\, MIIT,officials');
    const alarm = (second!.children as (typeof cal)[])[0]!;
    expect(alarm.name).toBe('VALARM');
    expect(prop(alarm, 'TRIGGER')?.[2]).toBe('-P7D');
  });

  it('names the organiser RFC 5546 requires of an e-mailed entry, as libical checks it', () => {
    const organizer = organizerOf('IP Cascade <no-reply@ip-cascade.local>');
    expect(organizer).toEqual({ name: 'IP Cascade', email: 'no-reply@ip-cascade.local' });
    expect(organizerOf('training@example.org')).toEqual({ name: '', email: 'training@example.org' });
    const mailed = (o = organizer) =>
      writeIcalendar({
        prodId: '-//IP Cascade//Test//EN',
        method: 'PUBLISH',
        events: [sample({ organizer: o, sequence: 2, status: 'CONFIRMED' })],
      });
    const ics = mailed();
    expect(ics).toContain('\r\nORGANIZER;CN="IP Cascade":mailto:no-reply@ip-cascade.local\r\n');
    expect(validateIcal(ics)).toEqual({ parsed: true, method: true, itip: true, errors: [] });
    // A name with the characters that end a parameter is quoted; an address alone has no CN.
    const odd = mailed(organizerOf('"IPR2; MIIT: training, office" <t@example.org>'));
    expect(odd).toContain('ORGANIZER;CN="IPR2; MIIT: training, office":mailto:t@example.org');
    expect(validateIcal(odd).errors).toEqual([]);
    expect(mailed(organizerOf('t@example.org'))).toContain('\r\nORGANIZER:mailto:t@example.org\r\n');
    // What the platform used to send: METHOD:PUBLISH without ORGANIZER, refused by libical.
    const without = ics.replace(/ORGANIZER[^\r]*\r\n/, '');
    expect(validateIcal(without)).toMatchObject({ itip: false });
    expect(validateIcal(without).errors.join()).toContain('ORGANIZER');
    // The writer no longer produces one.
    expect(() =>
      writeIcalendar({ prodId: 'x', method: 'PUBLISH', events: [sample({ organizer }), sample()] }),
    ).toThrow(/ORGANIZER/);
    expect(() => mailed({ name: 'x', email: 'no address' })).toThrow();
  });

  it('refuses values that would corrupt the file', () => {
    expect(() =>
      writeIcalendar({
        prodId: 'x',
        events: [sample({ when: { kind: 'date', first: '2010-06-25', last: '2010-06-24' } })],
      }),
    ).toThrow();
    expect(() =>
      writeIcalendar({ prodId: 'x', events: [sample({ alarms: [{ before: '7 days', description: '' }] })] }),
    ).toThrow();
    const ics = writeIcalendar({ prodId: 'x', events: [sample({ url: 'https://x.org/a\r\nATTACH:evil' })] });
    expect(ics).not.toContain('ATTACH');
  });
});
