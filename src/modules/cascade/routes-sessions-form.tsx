import type { Context, Hono } from 'hono';
import { type Actor, isStaff } from '../../lib/actor.js';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, parseForm, postedFormToken } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { translator } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { getEventRow } from '../events/index.js';
import { inScope, listCities } from '../places/index.js';
import { createLocalSession } from './sessions-create.js';
import { SessionFormSchema, sessionFields } from './sessions-input.js';
import { activeTrainersOf, sessionOf, type Trainer } from './sessions-queries.js';
import { updateLocalSession } from './sessions-update.js';
import { SessionForm } from './views/sessions-form.js';

/** Who creates a session under `parentId`: the actor's own trainer row there, or staff choosing one. */
async function creator(c: Context<AppEnv>) {
  const user = requireUser(c);
  const db = c.get('app').database.db;
  const parent = await getEventRow(db, c.req.param('id') ?? '');
  if (!parent) throw new AppError('not_found');
  const trainers = await activeTrainersOf(db, parent.id);
  const own = trainers.find((x) => x.userId === user.id) ?? null;
  if (own) return { user, parent, own, choices: null };
  if (!isStaff(user))
    throw new AppError('forbidden', 'not a trainer', undefined, { key: 'sessions.error.notYours' });
  return {
    user,
    parent,
    own: null,
    choices: trainers.filter(
      (x) => inScope(user, x.province, null) || user.scopes.some((s) => s.province === x.province),
    ),
  };
}

async function cityOptions(c: Context<AppEnv>, provinces: string[]) {
  const lang = c.get('lang');
  const db = c.get('app').database.db;
  const lists = await Promise.all([...new Set(provinces)].map((p) => listCities(db, p)));
  return lists.flat().map((x) => ({ value: x.id, label: text(x.name, lang) }));
}

function page(
  c: Context<AppEnv>,
  p: { title: string; lead?: string; action: string; cancel: string; values: FormValues; create: boolean },
  extra: { trainers: Trainer[] | null; cities: { value: string; label: string }[]; errors?: FieldErrors },
) {
  return render(
    c,
    { title: p.title, section: 'events', status: extra.errors ? 422 : undefined },
    <SessionForm
      t={c.get('t')}
      lang={c.get('lang')}
      title={p.title}
      lead={p.lead}
      action={p.action}
      cancelHref={p.cancel}
      csrfToken={c.get('csrfToken')}
      formToken={p.create ? newFormToken() : undefined}
      values={p.values}
      errors={extra.errors}
      trainers={extra.trainers?.map((x) => ({ value: x.id, label: x.name })) ?? null}
      cities={extra.cities}
      create={p.create}
    />,
  );
}

export function registerSessionFormPages(pages: Hono<AppEnv>) {
  const newForm = async (c: Context<AppEnv>) => {
    const w = await creator(c);
    const lang = c.get('lang');
    const t = c.get('t');
    const opts = {
      title: t('sessions.new.title'),
      lead: t('sessions.new.lead', { training: text(w.parent.title, lang) }),
      action: href(lang, `/events/${w.parent.id}/sessions/new`),
      cancel: href(lang, `/events/${w.parent.id}`),
      create: true,
    };
    const provinces = w.own ? [w.own.province] : (w.choices ?? []).map((x) => x.province);
    return { ...w, opts, cities: await cityOptions(c, provinces) };
  };

  pages.get(`/events/:id${UUID_PARAM}/sessions/new`, async (c) => {
    const w = await newForm(c);
    const trainer = w.own ?? (w.choices?.length === 1 ? w.choices[0]! : null);
    const title = (l: 'en' | 'zh') =>
      translator(l)('sessions.defaultTitle', {
        title: w.parent.title[l] || w.parent.title.en || w.parent.title.zh,
      });
    const values = {
      trainerId: trainer?.id ?? '',
      title: { en: title('en'), zh: title('zh') },
      cityId: trainer?.cityId ?? '',
      audience: 'sme',
      lang: trainer?.lang ?? c.get('lang'),
    };
    return page(c, { ...w.opts, values }, { trainers: w.choices, cities: w.cities });
  });

  pages.post(`/events/:id${UUID_PARAM}/sessions/new`, async (c) => {
    const w = await newForm(c);
    const form = await parseForm(c, SessionFormSchema);
    const extra = { trainers: w.choices, cities: w.cities };
    if (!form.ok) return page(c, { ...w.opts, values: form.values }, { ...extra, errors: form.errors });
    const trainerId = w.own?.id ?? form.data.trainerId;
    if (!trainerId)
      return page(
        c,
        { ...w.opts, values: form.values },
        { ...extra, errors: { trainerId: c.get('t')('form.choose') } },
      );
    const db = c.get('app').database.db;
    try {
      const { result } = await once(db, await postedFormToken(c), (tx) =>
        createLocalSession(
          tx,
          w.user,
          { ...sessionFields(form.data), parentEventId: w.parent.id, trainerId },
          {
            now: c.get('app').now(),
          },
        ),
      );
      return c.redirect(`${href(c.get('lang'), `/events/${result}`)}?saved=1`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return page(c, { ...w.opts, values: form.values }, { ...extra, errors });
    }
  });

  const editable = async (c: Context<AppEnv>) => {
    const user = requireUser(c);
    const db = c.get('app').database.db;
    const row = await getEventRow(db, c.req.param('id') ?? '');
    const s = row?.kind === 'local' ? await sessionOf(db, row.id) : null;
    if (!row || !s) throw new AppError('not_found');
    if (!canEditSession(user, s.trainer, row))
      throw new AppError('forbidden', 'not yours', undefined, { key: 'sessions.error.notYours' });
    const lang = c.get('lang');
    const opts = {
      title: `${c.get('t')('sessions.edit.title')}: ${text(row.title, lang)}`,
      action: href(lang, `/events/${row.id}/session/edit`),
      cancel: href(lang, `/events/${row.id}`),
      create: false,
    };
    return { user, row, s, opts, cities: await cityOptions(c, [s.trainer.province]) };
  };

  pages.get(`/events/:id${UUID_PARAM}/session/edit`, async (c) => {
    const { row, s, opts, cities } = await editable(c);
    const values = {
      title: row.title,
      startDate: row.startDate,
      endDate: row.endDate === row.startDate ? '' : row.endDate,
      cityId: row.cityId,
      venue: row.venue[s.session.lang] || row.venue.zh || row.venue.en,
      audience: row.audience,
      sector: s.session.sector,
      plannedSize: s.session.plannedSize === null ? '' : String(s.session.plannedSize),
      lang: s.session.lang,
    };
    return page(c, { ...opts, values }, { trainers: null, cities });
  });

  pages.post(`/events/:id${UUID_PARAM}/session/edit`, async (c) => {
    const { user, row, opts, cities } = await editable(c);
    const form = await parseForm(c, SessionFormSchema);
    if (!form.ok)
      return page(c, { ...opts, values: form.values }, { trainers: null, cities, errors: form.errors });
    try {
      await updateLocalSession(c.get('app').database.db, user, row.id, sessionFields(form.data), {
        now: c.get('app').now(),
      });
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return page(c, { ...opts, values: form.values }, { trainers: null, cities, errors });
    }
    return c.redirect(`${href(c.get('lang'), `/events/${row.id}`)}?saved=1`, 303);
  });
}

/** Whether to offer editing a session: its certified trainer, or staff whose scope covers it. The UPDATE decides. */
export const canEditSession = (
  user: Actor | null,
  trainer: Trainer,
  e: { province: string; cityId: string },
) => (!!user && trainer.userId === user.id && !trainer.revokedAt) || inScope(user, e.province, e.cityId);
