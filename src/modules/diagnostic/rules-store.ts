import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { checkbox, requiredLine } from '../../web/fields.js';
import { recordAudit } from '../audit/index.js';
import { conditionsSchema } from './conditions.js';
import { questionById } from './questions.js';
import { PRIORITIES, ruleSchema, type StoredRule } from './rule-types.js';
import { RULES } from './rules.js';
import { diagnosticRules } from './schema.js';

type Row = typeof diagnosticRules.$inferSelect;
const toRule = (r: Row): StoredRule => ({
  id: r.id,
  family: r.family,
  kind: r.kind,
  when: r.conditions,
  finding: r.finding,
  action: r.action,
  priority: r.priority,
  links: r.links,
  enabled: r.enabled,
});

/** The rules as stored, in table order; a rule added to rules.ts since the last start is copied in first. */
export async function loadRules(db: Db): Promise<StoredRule[]> {
  let rows = await db.select().from(diagnosticRules).orderBy(asc(diagnosticRules.position));
  const have = new Set(rows.map((r) => r.id));
  const missing = RULES.map((r, position) => ({ r: ruleSchema.parse(r), position })).filter(
    ({ r }) => !have.has(r.id),
  );
  if (missing.length) {
    await db
      .insert(diagnosticRules)
      .values(
        missing.map(({ r, position }) => ({
          id: r.id,
          position,
          family: r.family,
          kind: r.kind,
          conditions: r.when,
          finding: r.finding,
          action: r.action,
          priority: r.priority,
          links: r.links,
          enabled: r.enabled,
        })),
      )
      .onConflictDoNothing();
    rows = await db.select().from(diagnosticRules).orderBy(asc(diagnosticRules.position));
  }
  return rows.map(toRule);
}

/** Conditions typed as JSON on the editor's form: valid JSON, the condition shape, and questions that exist. */
const conditionsJson = z
  .string()
  .max(4000)
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'diagnostic.rules.error.json' });
      return z.NEVER;
    }
  })
  .pipe(conditionsSchema)
  .refine((cs) => cs.every((c) => questionById(c.question)), { message: 'diagnostic.rules.error.question' });

// A rule's texts are shown to every reader, so both languages are required.
const both = z.object({ en: requiredLine(600), zh: requiredLine(600) });

/** What the rule editor posts. */
export const ruleEditInput = z.object({
  finding: both,
  action: both,
  priority: z.enum(PRIORITIES),
  enabled: checkbox(),
  conditions: conditionsJson,
});
export type RuleEdit = z.output<typeof ruleEditInput>;

/** Changes one rule, with the change in the audit log. */
export async function updateRule(db: Db, actor: Actor, id: string, input: RuleEdit): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(diagnosticRules).where(eq(diagnosticRules.id, id)).for('update');
    if (!before) throw new AppError('not_found');
    const next = {
      finding: input.finding,
      action: input.action,
      priority: input.priority,
      enabled: input.enabled,
      conditions: input.conditions,
    };
    await tx
      .update(diagnosticRules)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(diagnosticRules.id, id));
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'diagnostic_rule',
      entityId: id,
      before: {
        finding: before.finding,
        action: before.action,
        priority: before.priority,
        enabled: before.enabled,
        conditions: before.conditions,
      },
      after: next,
    });
  });
}
