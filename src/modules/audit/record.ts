import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { AuditAction, AuditEntity } from './labels.js';
import { auditLog } from './schema.js';

export interface AuditEntry {
  /** Each kind of record and action has a label in both catalogues (`audit.entity.*`, `audit.action.*`). */
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string;
}

/** Records who changed what. Call inside the same transaction as the change, so both or neither land. */
export async function recordAudit(db: Db, actor: Actor | null, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId ?? null,
    before: e.before === undefined ? null : strip(e.before),
    after: e.after === undefined ? null : strip(e.after),
    reason: e.reason ?? null,
  });
}

// Secrets and derived search columns never go into the log.
const HIDDEN = new Set(['passwordHash', 'tokenHash', 'searchText', 'idHash']);
function strip(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (Array.isArray(v)) return v.map(strip);
  return Object.fromEntries(
    Object.entries(v)
      .filter(([k]) => !HIDDEN.has(k))
      .map(([k, x]) => [k, strip(x)]),
  );
}
