import { inArray } from 'drizzle-orm';
import { zipSync } from 'fflate';
import type { Hono } from 'hono';
import { z } from 'zod';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { prose } from '../../web/fields.js';
import { parseForm } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { files } from '../files/schema.js';
import { managedSession } from './attendees-access.js';
import { saveSessionPlan, trainerKit } from './kit-data.js';
import { shortTestPdf } from './kit-test-pdf.js';
import { pdfResponse, sheetPdfOf } from './routes-sheet.js';
import { KitPage } from './views/kit-page.js';

const TRAINING = `/events/:id${UUID_PARAM}`;
const planInput = z.object({
  plan: z.object({ en: prose(20_000).optional().default(''), zh: prose(20_000).optional().default('') }),
});

/** The trainer's kit of a training: its page, the short test, the plan (managers edit it) and one zip. */
export function registerKitPages(pages: Hono<AppEnv>) {
  pages.get(`${TRAINING}/kit`, async (c) => {
    const user = requireUser(c);
    const kit = await trainerKit(c.get('app').database.db, user, c.req.param('id')!);
    const t = c.get('t');
    return render(
      c,
      { title: t('cascade.kit.title'), section: 'events' },
      <KitPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        kit={kit}
        saved={c.req.query('saved') === '1'}
      />,
    );
  });

  pages.post(`${TRAINING}/kit/plan`, async (c) => {
    const user = requireUser(c);
    const form = await parseForm(c, planInput);
    const id = c.req.param('id')!;
    if (!form.ok) {
      // Refused: the page again with what was typed and what is wrong with it, nothing saved.
      const kit = await trainerKit(c.get('app').database.db, user, id);
      const t = c.get('t');
      return render(
        c,
        { title: t('cascade.kit.title'), section: 'events', status: 422 },
        <KitPage
          t={t}
          lang={c.get('lang')}
          csrfToken={c.get('csrfToken')}
          kit={kit}
          typed={{
            values: {
              'plan.en': String(form.values['plan.en'] ?? ''),
              'plan.zh': String(form.values['plan.zh'] ?? ''),
            },
            errors: form.errors,
          }}
        />,
      );
    }
    await saveSessionPlan(c.get('app').database.db, user, id, form.data.plan);
    return c.redirect(`${href(c.get('lang'), `/events/${id}/kit`)}?saved=1`, 303);
  });

  pages.get(`${TRAINING}/kit/short-test.pdf`, async (c) => {
    const user = requireUser(c);
    const kit = await trainerKit(c.get('app').database.db, user, c.req.param('id')!);
    return pdfResponse(c, await shortTestPdf(kit.training.title, kit.questions), 'short-test.pdf');
  });

  pages.get(`${TRAINING}/kit.zip`, async (c) => {
    const user = requireUser(c);
    const db = c.get('app').database.db;
    const kit = await trainerKit(db, user, c.req.param('id')!);
    const entries: Record<string, Uint8Array> = {};
    const fileIds = kit.items.flatMap((i) => i.files.map((f) => f.fileId));
    const bytes = fileIds.length
      ? await db.select({ id: files.id, data: files.data }).from(files).where(inArray(files.id, fileIds))
      : [];
    for (const i of kit.items)
      for (const f of i.files) {
        const data = bytes.find((b) => b.id === f.fileId)?.data;
        if (data) entries[`materials/${i.slug}/${f.name}`] = new Uint8Array(data);
      }
    const enc = new TextEncoder();
    if (kit.plan.zh) entries['session-plan.zh.md'] = enc.encode(kit.plan.zh);
    if (kit.plan.en) entries['session-plan.en.md'] = enc.encode(kit.plan.en);
    if (kit.questions.length)
      entries['short-test.pdf'] = await shortTestPdf(kit.training.title, kit.questions);
    for (const [n, s] of kit.sessions.entries()) {
      const session = await managedSession(db, user, s.id);
      entries[`sign-in-sheets/${s.startDate}-${n + 1}.pdf`] = await sheetPdfOf(c, session);
    }
    const zip = zipSync(entries, { level: 6 });
    return c.body(new Uint8Array(zip), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="trainer-kit.zip"`,
      'Cache-Control': 'private, no-store',
    });
  });
}
