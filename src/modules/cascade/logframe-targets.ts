import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { INDICATORS, type IndicatorCode, isIndicator } from './logframe-indicators.js';
import { logframeTargets } from './schema.js';

export interface TargetPair {
  baseline: number | null;
  target: number | null;
}
export type Targets = Record<IndicatorCode, TargetPair>;

/** A figure typed into the form: empty is "not set"; up to two decimals, never negative. */
const figure = z.preprocess(
  (v) =>
    v === '' || v === undefined || v === null
      ? null
      : typeof v === 'string'
        ? Number(v.trim().replace(',', '.'))
        : v,
  z.number().min(0).max(100_000_000).multipleOf(0.01).nullable(),
);

/** The targets form's one schema: a baseline and a target per indicator. */
export const TargetsInput = z.object(
  Object.fromEntries(
    INDICATORS.map((code) => [
      code,
      z.object({ baseline: figure, target: figure }).default({ baseline: null, target: null }),
    ]),
  ) as Record<IndicatorCode, z.ZodDefault<z.ZodObject<{ baseline: typeof figure; target: typeof figure }>>>,
);
export type TargetsInput = z.output<typeof TargetsInput>;

/** Every indicator's baseline and target for a programme (null where not set). */
export async function targetsOf(db: Db, programmeId: string): Promise<Targets> {
  const rows = await db.select().from(logframeTargets).where(eq(logframeTargets.programmeId, programmeId));
  const out = Object.fromEntries(INDICATORS.map((c) => [c, { baseline: null, target: null }])) as Targets;
  for (const r of rows) {
    if (isIndicator(r.code)) out[r.code] = { baseline: r.baseline, target: r.target };
  }
  return out;
}

/** Only a programme manager (or an administrator) sets the funder's baselines and targets. */
export const canSetTargets = (actor: Actor | null) => actor?.role === 'manager' || actor?.role === 'admin';

/** Saves the baselines and targets that changed, with an audit record for each, in one transaction. */
export async function saveTargets(
  db: Db,
  actor: Actor,
  programmeId: string,
  input: TargetsInput,
): Promise<number> {
  if (!canSetTargets(actor)) throw new AppError('forbidden', 'log-frame targets');
  return db.transaction(async (tx) => {
    const before = await targetsOf(tx, programmeId);
    let changed = 0;
    for (const code of INDICATORS) {
      const next = { baseline: input[code].baseline, target: input[code].target };
      const was = before[code];
      if (was.baseline === next.baseline && was.target === next.target) continue;
      await tx
        .insert(logframeTargets)
        .values({ programmeId, code, ...next, updatedBy: actor.id })
        .onConflictDoUpdate({
          target: [logframeTargets.programmeId, logframeTargets.code],
          set: { ...next, updatedBy: actor.id, updatedAt: new Date() },
        });
      await recordAudit(tx, actor, {
        action: 'update',
        entity: 'logframe_target',
        entityId: programmeId,
        before: { code, ...was },
        after: { code, ...next },
      });
      changed++;
    }
    return changed;
  });
}
