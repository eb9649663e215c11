import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { eventDays } from '../attendance/index.js';
import { checkIns } from '../attendance/schema.js';
import { recordAudit } from '../audit/index.js';
import { emailKey, managedEvent } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { readSignInSheet, type SheetRow } from './sign-in-sheet.js';

export const IMPORT_OUTCOMES = [
  'record',
  'alreadyRecorded',
  'unmatched',
  'ambiguous',
  'notConfirmed',
  'notAnEventDay',
  'unreadable',
  'noMark',
] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export interface PlannedSheetRow {
  row: number;
  name: string;
  email: string;
  outcome: ImportOutcome;
  /** How the row found its registration. */
  matchedBy: 'email' | 'name' | null;
  registrationId: string | null;
  /** The registrant's name as registered, when matched. */
  registeredName: string | null;
  /** Days this import records for the row (none already recorded). */
  newDays: string[];
  /** Days the row marks that were already recorded (by a scan or an earlier import). */
  knownDays: string[];
  /** A day or cell the row could not use. */
  detail: string;
}

export interface ImportPlan {
  eventId: string;
  rows: PlannedSheetRow[];
  /** Check-ins the import adds. */
  adding: number;
}

const nameKey = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What a sign-in sheet would do, row by row: a row finds its registration by e-mail, else by a name
 * only one registrant of the event has; only confirmed registrations are checked in, only on days
 * of the event; days already recorded are shown and not added again. Nothing is written.
 */
export async function planAttendanceImport(
  db: Db,
  actor: Actor,
  eventId: string,
  sheet: string,
): Promise<ImportPlan> {
  const event = await managedEvent(db, actor, eventId);
  const days = eventDays(event.startDate, event.endDate);
  const rows = readSignInSheet(sheet, days);
  const regs = await db
    .select({
      id: registrations.id,
      name: registrations.name,
      emailKey: registrations.emailKey,
      status: registrations.status,
    })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), ne(registrations.status, 'cancelled')));
  const byEmail = new Map(regs.map((r) => [r.emailKey, r]));
  const byName = new Map<string, typeof regs>();
  for (const r of regs) byName.set(nameKey(r.name), [...(byName.get(nameKey(r.name)) ?? []), r]);
  const known = new Set<string>();
  if (regs.length) {
    const found = await db
      .select({ registrationId: checkIns.registrationId, day: checkIns.day })
      .from(checkIns)
      .where(eq(checkIns.eventId, event.id));
    for (const c of found) known.add(`${c.registrationId} ${c.day}`);
  }
  const planned = rows.map((r) => planRow(r, byEmail, byName, known));
  return { eventId: event.id, rows: planned, adding: planned.reduce((s, r) => s + r.newDays.length, 0) };
}

type Reg = { id: string; name: string; emailKey: string; status: string };

function planRow(
  r: SheetRow,
  byEmail: Map<string, Reg>,
  byName: Map<string, Reg[]>,
  known: Set<string>,
): PlannedSheetRow {
  const out: PlannedSheetRow = {
    row: r.row,
    name: r.name,
    email: r.email,
    outcome: 'record',
    matchedBy: null,
    registrationId: null,
    registeredName: null,
    newDays: [],
    knownDays: [],
    detail: '',
  };
  let reg = r.email ? byEmail.get(emailKey(r.email)) : undefined;
  if (reg) out.matchedBy = 'email';
  else if (r.name) {
    const named = byName.get(nameKey(r.name)) ?? [];
    if (named.length > 1) return { ...out, outcome: 'ambiguous', detail: String(named.length) };
    reg = named[0];
    if (reg) out.matchedBy = 'name';
  }
  if (!reg) return { ...out, outcome: 'unmatched' };
  out.registrationId = reg.id;
  out.registeredName = reg.name;
  if (r.unreadable !== null) return { ...out, outcome: 'unreadable', detail: r.unreadable };
  if (r.otherDays.length) return { ...out, outcome: 'notAnEventDay', detail: r.otherDays.join(', ') };
  if (!r.days.length) return { ...out, outcome: 'noMark' };
  if (reg.status !== 'confirmed') return { ...out, outcome: 'notConfirmed', detail: reg.status };
  for (const day of [...new Set(r.days)].sort()) {
    const k = `${reg.id} ${day}`;
    if (known.has(k)) out.knownDays.push(day);
    else {
      out.newDays.push(day);
      // A person on two rows of the sheet is recorded once.
      known.add(k);
    }
  }
  if (!out.newDays.length) out.outcome = 'alreadyRecorded';
  return out;
}

export interface ImportResult {
  plan: ImportPlan;
  added: number;
}

/**
 * Records a sheet's attendance in one transaction, planned again inside it so what is written is
 * what the sheet says now. A second import of the same sheet adds nothing: the days it marks are
 * recorded already, and the unique (registration, day) index holds against a concurrent one.
 */
export async function importAttendance(
  db: Db,
  actor: Actor,
  eventId: string,
  sheet: string,
  now: Date,
): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const plan = await planAttendanceImport(tx, actor, eventId, sheet);
    const values = plan.rows.flatMap((r) =>
      r.newDays.map((day) => ({
        registrationId: r.registrationId!,
        eventId: plan.eventId,
        day,
        source: 'import' as const,
        checkedInBy: actor.id,
        checkedInAt: now,
      })),
    );
    let added = 0;
    for (let i = 0; i < values.length; i += 1_000) {
      const inserted = await tx
        .insert(checkIns)
        .values(values.slice(i, i + 1_000))
        .onConflictDoNothing({ target: [checkIns.registrationId, checkIns.day] })
        .returning({ id: checkIns.id });
      added += inserted.length;
    }
    const counts: Record<string, number> = {};
    for (const r of plan.rows) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'attendance',
      entityId: plan.eventId,
      after: { rows: plan.rows.length, added, outcomes: counts },
    });
    return { plan, added };
  });
}
