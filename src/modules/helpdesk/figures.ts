import { and, gte, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { shanghaiDay, workingHoursBetween } from './clock.js';
import { helpdeskEnquiries as e } from './schema.js';

export interface Figures {
  received: number;
  answered: number;
  answeredWithinSla: number;
  /** Answered within three working days, of those received; null when none were. */
  share: number | null;
  /** Median working hours from receipt to first answer, of those answered; null when none were. */
  medianWorkingHours: number | null;
}

interface Timing {
  topic: string;
  receivedAt: Date;
  dueBy: Date;
  firstAnsweredAt: Date | null;
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.round(m * 10) / 10;
}

/** The published figures of a set of enquiries (pure, so the page, the API and tests agree). */
export function figuresOf(rows: Timing[]): Figures {
  const answered = rows.filter((r) => r.firstAnsweredAt);
  const within = answered.filter((r) => r.firstAnsweredAt! <= r.dueBy).length;
  return {
    received: rows.length,
    answered: answered.length,
    answeredWithinSla: within,
    share: rows.length ? Math.round((within / rows.length) * 1000) / 1000 : null,
    medianWorkingHours: median(answered.map((r) => workingHoursBetween(r.receivedAt, r.firstAnsweredAt!))),
  };
}

/** Enquiries received in [from, to) (either end open). */
export async function timings(db: Db, range: { from?: Date; to?: Date }): Promise<Timing[]> {
  return db
    .select({ topic: e.topic, receivedAt: e.receivedAt, dueBy: e.dueBy, firstAnsweredAt: e.firstAnsweredAt })
    .from(e)
    .where(
      and(
        range.from ? gte(e.receivedAt, range.from) : undefined,
        range.to ? lt(e.receivedAt, range.to) : undefined,
      ),
    );
}

/** Figures overall, by topic and by month (Shanghai months, newest first). */
export function breakdown(rows: Timing[]) {
  const group = (key: (r: Timing) => string) => {
    const m = new Map<string, Timing[]>();
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return [...m].map(([k, rs]) => ({ key: k, ...figuresOf(rs) }));
  };
  return {
    total: figuresOf(rows),
    byTopic: group((r) => r.topic).sort((a, b) => b.received - a.received),
    byMonth: group((r) => shanghaiDay(r.receivedAt).slice(0, 7)).sort((a, b) => b.key.localeCompare(a.key)),
  };
}
