import type { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff, requireUser } from '../../web/guards.js';
import { render } from '../../web/render.js';
import { TOPICS } from '../library/index.js';
import { findCity, findProvince, listCities } from '../places/index.js';
import { panelPage, panelPost } from './routes-trainers-panel.js';
import {
  listTrainers,
  myTrainers,
  programmeBySlug,
  programmeChoices,
  TRAINER_STATUSES,
  type TrainerStatus,
} from './trainers-queries.js';
import { TrainersListPage } from './views/trainers-list.js';
import { MyTrainersPage } from './views/trainers-mine.js';

/** Finds the credential issued for each of these refs (trainer ids), passed in at composition. */
export type CredentialLinks = (db: Db, refs: string[]) => Promise<Map<string, string>>;

export function registerTrainersPages(
  pages: Hono<AppEnv>,
  parts: { credentialLinks?: CredentialLinks } = {},
) {
  pages.get('/trainers', async (c) => {
    const user = requireStaff(c);
    const db = c.get('app').database.db;
    const q = (k: string) => (c.req.query(k) ?? '').slice(0, 100);
    const [programmes, cities] = await Promise.all([programmeChoices(db), listCities(db)]);
    const programme = (q('programme') && (await programmeBySlug(db, q('programme')))) || programmes[0];
    const province = findProvince(q('province')) ?? '';
    const city = q('city') ? await findCity(db, q('city'), province || null) : null;
    const topic = (TOPICS as readonly string[]).includes(q('topic')) ? q('topic') : '';
    const status: TrainerStatus = (TRAINER_STATUSES as readonly string[]).includes(q('status'))
      ? (q('status') as TrainerStatus)
      : 'active';
    const items = programme
      ? await listTrainers(db, user, {
          programmeId: programme.id,
          province: province || undefined,
          cityId: city?.id,
          topic: topic || undefined,
          status,
        })
      : [];
    const t = c.get('t');
    return render(
      c,
      { title: t('cascade.trainers.title'), section: 'reports' },
      <TrainersListPage
        t={t}
        lang={c.get('lang')}
        programmes={programmes}
        cities={cities}
        topics={TOPICS}
        filter={{ programme: programme?.slug ?? '', province, city: city?.slug ?? '', topic, status }}
        items={items}
      />,
    );
  });

  pages.get('/trainers/mine', async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    const db = c.get('app').database.db;
    const items = await myTrainers(db, user);
    const credentials = await parts.credentialLinks?.(
      db,
      items.map((r) => r.trainer.id),
    );
    return render(
      c,
      { title: t('cascade.trainers.mine.title') },
      <MyTrainersPage t={t} lang={c.get('lang')} items={items} credentials={credentials} />,
    );
  });

  registerPanelPages(pages);
}

function registerPanelPages(pages: Hono<AppEnv>) {
  const path = `/events/:id${UUID_PARAM}/cascade`;
  pages.get(path, (c) => panelPage(c));
  pages.post(`${path}/settings`, (c) => panelPost(c, 'settings'));
  pages.post(`${path}/certify`, (c) => panelPost(c, 'certify'));
  pages.post(`${path}/grant`, (c) => panelPost(c, 'grant'));
  pages.post(`${path}/trainers/:tid${UUID_PARAM}/revoke`, (c) => panelPost(c, 'revoke'));
}
