import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../lib/actor.js';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { UUID, UUID_PARAM } from '../../lib/ids.js';
import type { TranslationStatus } from '../../lib/translation.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { bilingualText, checkbox, isoDate, optionalInt, optionalLine } from '../../web/fields.js';
import { type FieldErrors, type FormValues, parseForm, postedFormToken } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { createCity } from '../places/index.js';
import { AGENDA_CHOICES, type EventAgendaPart } from './agenda-part.js';
import { createEvent } from './create-event.js';
import type { EventFields } from './event-fields.js';
import { cityOptions, provinceOptions } from './form-support.js';
import { listProgrammes } from './programme-queries.js';
import { getEventRow } from './queries.js';
import { AUDIENCES, DATE_PRECISIONS, EVENT_STATUSES } from './schema.js';
import { updateEvent } from './update-event.js';
import { EventForm } from './views/event-form.js';
import { canCreateEvents, canEditEventAt } from './visibility.js';

const EventFormSchema = z.object({
  programmeId: z.string().regex(UUID, { message: 'form.choose' }),
  round: bilingualText({ max: 100 }),
  title: bilingualText({ required: true, max: 200 }),
  description: bilingualText({ multiline: true, max: 20_000 }),
  venue: bilingualText({ max: 300 }),
  city: z.string().max(40).optional().default(''),
  newCity: z
    .object({
      en: optionalLine(100),
      zh: optionalLine(100),
      province: z.string().max(10).optional().default(''),
    })
    .optional()
    .default({ en: '', zh: '', province: '' }),
  startDate: isoDate(),
  endDate: isoDate(),
  datePrecision: z.enum(DATE_PRECISIONS),
  audience: z.enum(AUDIENCES),
  status: z.enum(EVENT_STATUSES),
  reportedHeadcount: optionalInt(0, 1_000_000),
  headcountApproximate: checkbox(),
  inStep: checkbox(),
  /** The answer to the question asked when new dates would leave agenda sessions outside. */
  agendaOutsideDates: z
    .enum(['', ...AGENDA_CHOICES])
    .optional()
    .default('')
    .transform((v) => v || undefined),
});
type EventFormData = z.output<typeof EventFormSchema>;

// Domain field names that differ from the form's.
const RENAME = {
  cityId: 'city',
  name: 'newCity',
  'name.en': 'newCity.en',
  'name.zh': 'newCity.zh',
  province: 'newCity.province',
};

async function formPage(
  c: Context<AppEnv>,
  user: Actor,
  opts: {
    title: string;
    action: string;
    cancelHref: string;
    values: FormValues;
    errors?: FieldErrors;
    status?: 422;
    create: boolean;
    translationStatus?: TranslationStatus;
  },
) {
  const lang = c.get('lang');
  const db = c.get('app').database.db;
  const [programmes, cities] = await Promise.all([listProgrammes(db, user), cityOptions(db, user, lang)]);
  return render(
    c,
    { title: opts.title, section: 'events', status: opts.status },
    <EventForm
      t={c.get('t')}
      lang={lang}
      title={opts.title}
      action={opts.action}
      cancelHref={opts.cancelHref}
      csrfToken={c.get('csrfToken')}
      formToken={opts.create ? newFormToken() : undefined}
      values={opts.values}
      errors={opts.errors}
      programmes={programmes.map((p) => ({ value: p.programme.id, label: text(p.programme.title, lang) }))}
      cities={cities}
      provinces={provinceOptions(user, lang)}
      translationStatus={opts.translationStatus}
    />,
  );
}

/** Turns the form into the domain's fields; a new city is created first, in the same transaction. */
async function toFields(
  tx: Parameters<typeof createCity>[0],
  user: Actor,
  d: EventFormData,
): Promise<EventFields> {
  let cityId = d.city;
  if (d.newCity.en || d.newCity.zh) {
    if (d.city) throw invalidFields({ cityId: 'events.error.cityChoose' }, 'city');
    cityId = (
      await createCity(tx, user, {
        name: { en: d.newCity.en, zh: d.newCity.zh },
        province: d.newCity.province,
      })
    ).id;
  } else if (!cityId) {
    throw invalidFields({ cityId: 'events.error.cityRequired' }, 'city');
  }
  return {
    programmeId: d.programmeId,
    round: d.round,
    title: d.title,
    description: d.description,
    venue: d.venue,
    cityId,
    startDate: d.startDate,
    endDate: d.endDate,
    datePrecision: d.datePrecision,
    audience: d.audience,
    status: d.status,
    reportedHeadcount: d.reportedHeadcount ?? null,
    headcountApproximate: d.headcountApproximate,
  };
}

function rowValues(e: NonNullable<Awaited<ReturnType<typeof getEventRow>>>): FormValues {
  return {
    ...e,
    city: e.cityId,
    reportedHeadcount: e.reportedHeadcount === null ? '' : String(e.reportedHeadcount),
    headcountApproximate: e.headcountApproximate ? 'on' : '',
  };
}

export function registerEventFormPages(pages: Hono<AppEnv>, agenda?: EventAgendaPart) {
  const newPage = (c: Context<AppEnv>) => {
    const user = requireUser(c);
    if (!canCreateEvents(user)) throw new AppError('forbidden');
    return user;
  };
  const common = (c: Context<AppEnv>) => ({
    title: c.get('t')('events.new'),
    action: href(c.get('lang'), '/events/new'),
    cancelHref: href(c.get('lang'), '/events'),
    create: true,
  });

  pages.get('/events/new', async (c) => {
    const user = newPage(c);
    const values = {
      status: 'draft',
      datePrecision: 'day',
      audience: 'officials',
      programmeId: c.req.query('programme') ?? '',
    };
    return formPage(c, user, { ...common(c), values });
  });

  pages.post('/events/new', async (c) => {
    const user = newPage(c);
    const t = c.get('t');
    const form = await parseForm(c, EventFormSchema);
    if (!form.ok)
      return formPage(c, user, { ...common(c), values: form.values, errors: form.errors, status: 422 });
    const db = c.get('app').database.db;
    try {
      const { result } = await once(db, await postedFormToken(c), async (tx) => {
        const row = await createEvent(tx, user, await toFields(tx, user, form.data), {
          now: c.get('app').now(),
        });
        return row.id;
      });
      return c.redirect(`${href(c.get('lang'), `/events/${result}`)}?saved=1`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, t, RENAME);
      if (!errors) throw err;
      return formPage(c, user, { ...common(c), values: form.values, errors, status: 422 });
    }
  });

  const editable = async (c: Context<AppEnv>) => {
    const user = requireUser(c);
    const row = await getEventRow(c.get('app').database.db, c.req.param('id') ?? '');
    if (!row) throw new AppError('not_found');
    if (!canEditEventAt(user, row.province, row.cityId)) throw new AppError('forbidden');
    // A local session has its own form, which keeps it in its trainer's place.
    if (row.kind !== 'training') throw new AppError('not_found');
    const lang = c.get('lang');
    return {
      user,
      row,
      opts: {
        title: `${c.get('t')('events.edit')}: ${text(row.title, lang)}`,
        action: href(lang, `/events/${row.id}/edit`),
        cancelHref: href(lang, `/events/${row.id}`),
        create: false,
        translationStatus: row.translationStatus,
      },
    };
  };

  pages.get(`/events/:id${UUID_PARAM}/edit`, async (c) => {
    const { user, row, opts } = await editable(c);
    return formPage(c, user, { ...opts, values: rowValues(row) });
  });

  pages.post(`/events/:id${UUID_PARAM}/edit`, async (c) => {
    const { user, row, opts } = await editable(c);
    const form = await parseForm(c, EventFormSchema);
    if (!form.ok)
      return formPage(c, user, { ...opts, values: form.values, errors: form.errors, status: 422 });
    const db = c.get('app').database.db;
    try {
      await db.transaction(async (tx) => {
        await updateEvent(tx, user, row.id, await toFields(tx, user, form.data), {
          now: c.get('app').now(),
          inStep: form.data.inStep,
          agenda,
          agendaOutsideDates: form.data.agendaOutsideDates,
        });
      });
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'), RENAME);
      if (!errors) throw err;
      return formPage(c, user, { ...opts, values: form.values, errors, status: 422 });
    }
    return c.redirect(`${href(c.get('lang'), `/events/${row.id}`)}?saved=1`, 303);
  });
}
