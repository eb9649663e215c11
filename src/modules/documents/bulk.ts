import { and, desc, eq, sql } from 'drizzle-orm';
import { type AsyncZippable, zip } from 'fflate';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { AppContext } from '../../web/context.js';
import { loadUser } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import { storeFile } from '../files/index.js';
import { enqueue, extendLease, type Job, type JobHandlers } from '../jobs/index.js';
import { getRegistration, managedEvent } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { BADGE_LAYOUTS, type BadgeLayout } from './badge-pdf.js';
import { badgesFor, eventBadges } from './badges.js';
import { serialOf } from './codes.js';
import { issueCertificate } from './issue.js';
import { ordinal, renderCertificate, safeName } from './render.js';
import { documentExports, type ExportKind, type ExportRow } from './schema.js';

export const BULK_QUEUE = 'documents.bulk';
/** Bulk downloads are large but bounded: 2,000 certificates of ~100 KB each. */
const MAX_ZIP_BYTES = 400 * 1024 * 1024;

/**
 * Starts building a zip of an event's certificates or badges, or returns the build already under
 * way (the partial unique index allows one per event and kind, so a double click starts one).
 */
export async function startExport(
  db: Db,
  actor: Actor,
  eventId: string,
  kind: ExportKind,
  opts: { siteUrl: string; layout?: BadgeLayout },
): Promise<{ export: ExportRow; started: boolean }> {
  const event = await managedEvent(db, actor, eventId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(documentExports)
      .values({ eventId: event.id, kind, createdBy: actor.id })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const [running] = await tx
        .select()
        .from(documentExports)
        .where(
          and(
            eq(documentExports.eventId, event.id),
            eq(documentExports.kind, kind),
            sql`${documentExports.status} in ('queued', 'running')`,
          ),
        );
      if (!running) throw new AppError('conflict', 'export vanished');
      return { export: running, started: false };
    }
    await enqueue(tx, {
      queue: BULK_QUEUE,
      payload: { exportId: row.id, siteUrl: opts.siteUrl, layout: opts.layout ?? 'single' },
      maxAttempts: 1,
    });
    await recordAudit(tx, actor, {
      action: 'export',
      entity: 'document_export',
      entityId: row.id,
      after: { kind },
    });
    return { export: row, started: true };
  });
}

export async function exportsOf(db: Db, eventId: string, limit = 10): Promise<ExportRow[]> {
  return db
    .select()
    .from(documentExports)
    .where(eq(documentExports.eventId, eventId))
    .orderBy(desc(documentExports.createdAt))
    .limit(limit);
}

const progress = (db: Db, id: string, set: Partial<ExportRow>) =>
  db.update(documentExports).set(set).where(eq(documentExports.id, id));

type Report = (set: Partial<ExportRow>) => Promise<unknown>;

async function certificateEntries(
  db: Db,
  actor: Actor,
  row: ExportRow,
  opts: { siteUrl: string; now: Date; report: Report },
) {
  const regs = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, row.eventId), eq(registrations.status, 'confirmed')))
    .orderBy(registrations.arrival, registrations.id);
  const issued = [];
  for (const { id } of regs) {
    const reg = await getRegistration(db, id);
    if (!reg) continue;
    // Not attended, revoked, or the event not over yet (the zip issues nobody's early: a manager
    // does that with a reason): left out.
    try {
      issued.push((await issueCertificate(db, reg, actor, opts.now)).certificate);
    } catch (err) {
      if (!(err instanceof AppError) || (err.code !== 'conflict' && err.code !== 'validation')) throw err;
    }
  }
  await opts.report({ total: issued.length });
  const files: AsyncZippable = {};
  for (const [i, c] of issued.entries()) {
    files[`${safeName([ordinal(i), c.snapshot.name, serialOf(c)])}.pdf`] = await renderCertificate(
      c,
      opts.siteUrl,
    );
    if (i % 5 === 4) await opts.report({ done: i + 1 });
  }
  return files;
}

async function badgeEntries(db: Db, secret: string, row: ExportRow, layout: BadgeLayout, report: Report) {
  const { event, people } = await eventBadges(db, row.eventId, secret);
  await report({ total: people.length + 1 });
  const files: AsyncZippable = {};
  for (const [i, p] of people.entries()) {
    files[`${safeName([ordinal(i), p.name])}.pdf`] = await badgesFor(event, [p], layout);
    if (i % 10 === 9) await report({ done: i + 1 });
  }
  files['all-badges-a4.pdf'] = await badgesFor(event, people, 'sheet');
  return files;
}

/**
 * Compresses on fflate's worker threads, so the server keeps answering while a large zip is made.
 * fflate sets the UTF-8 flag (general purpose bit 11) on every entry whose name is not ASCII.
 */
const zipped = (entries: AsyncZippable, mtime: Date) =>
  new Promise<Uint8Array>((resolve, reject) =>
    zip(entries, { level: 6, mtime }, (err, data) => (err ? reject(err) : resolve(data))),
  );

/** Builds the zip, reporting progress on the export row as it goes. */
async function buildExport(ctx: AppContext, payload: Record<string, unknown>, job: Job): Promise<void> {
  const db = ctx.database.db;
  const [row] = await db
    .select()
    .from(documentExports)
    .where(eq(documentExports.id, String(payload.exportId)));
  if (!row || row.status === 'done' || row.status === 'failed') return;
  try {
    await progress(db, row.id, { status: 'running' });
    const actor = row.createdBy ? await loadUser(db, row.createdBy) : null;
    if (!actor) throw new Error('the person who asked for it no longer has an account');
    const event = await managedEvent(db, actor, row.eventId);
    const layout = BADGE_LAYOUTS.includes(payload.layout as BadgeLayout)
      ? (payload.layout as BadgeLayout)
      : 'single';
    // Each step of progress also renews the job's claim, so a long build is never run twice.
    const report: Report = (set) => Promise.all([progress(db, row.id, set), extendLease(ctx, job.id)]);
    const entries =
      row.kind === 'certificates'
        ? await certificateEntries(db, actor, row, {
            siteUrl: String(payload.siteUrl),
            now: ctx.now(),
            report,
          })
        : await badgeEntries(db, ctx.secret, row, layout, report);
    const bytes = await zipped(entries, row.createdAt);
    const file = await storeFile(
      db,
      {
        name: `${safeName([row.kind, event.startDate, event.title.en || event.id])}.zip`,
        bytes,
        createdBy: actor.id,
      },
      { kinds: ['zip'], maxBytes: MAX_ZIP_BYTES },
    );
    const count = Object.keys(entries).length;
    await progress(db, row.id, {
      status: 'done',
      fileId: file.id,
      done: count,
      total: count,
      finishedAt: ctx.now(),
    });
  } catch (err) {
    ctx.logger.warn({ exportId: row.id, err: (err as Error).message }, 'document export failed');
    await progress(db, row.id, {
      status: 'failed',
      error: String((err as Error).message).slice(0, 300),
      finishedAt: ctx.now(),
    });
  }
}

export const documentsHandlers: JobHandlers = { [BULK_QUEUE]: buildExport };
