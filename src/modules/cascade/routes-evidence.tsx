import type { Hono } from 'hono';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { userMessageOf } from '../../web/field-errors.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { fileResponse } from '../files/index.js';
import { addEvidence, deleteEvidence, evidenceFile } from './evidence-save.js';
import { attendeesPage, SESSION } from './routes-attendees.js';
import { EVIDENCE_KINDS, type EvidenceKind } from './schema.js';

const EVIDENCE = `${SESSION}/evidence/:evidence${UUID_PARAM}`;

/** Evidence of a local session: upload (checked by content), download, delete. */
export function registerEvidencePages(pages: Hono<AppEnv>) {
  pages.post(`${SESSION}/evidence`, async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0)
      return attendeesPage(
        c,
        { evidenceMessage: t('files.problem.missing'), evidenceNote: String(body.note ?? '').slice(0, 200) },
        422,
      );
    const kind = (EVIDENCE_KINDS as readonly string[]).includes(String(body.kind))
      ? (body.kind as EvidenceKind)
      : 'photo';
    const note = typeof body.note === 'string' ? body.note.trim().slice(0, 200) : '';
    const id = c.req.param('id')!;
    try {
      await addEvidence(c.get('app').database.db, user, id, {
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        kind,
        note,
      });
    } catch (err) {
      const message = userMessageOf(err, t);
      if (!message) throw err;
      return attendeesPage(c, { evidenceMessage: message, evidenceNote: note }, 422);
    }
    return c.redirect(`${href(c.get('lang'), `/events/${id}/attendees`)}?done=uploaded#evidence`, 303);
  });

  pages.get(EVIDENCE, async (c) => {
    const user = requireUser(c);
    const file = await evidenceFile(
      c.get('app').database.db,
      user,
      c.req.param('id')!,
      c.req.param('evidence')!,
    );
    return fileResponse(c, file);
  });

  pages.post(`${EVIDENCE}/delete`, async (c) => {
    const user = requireUser(c);
    const id = c.req.param('id')!;
    await deleteEvidence(c.get('app').database.db, user, id, c.req.param('evidence')!);
    return c.redirect(`${href(c.get('lang'), `/events/${id}/attendees`)}?done=deleted#evidence`, 303);
  });
}
