import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate, formatNumber, isoDateProblem } from '../../../lib/dates.js';
import {
  BilingualField,
  BiMarked,
  ErrorSummary,
  HiddenFormFields,
  Notice,
  SelectField,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { formatBytes } from '../../files/index.js';
import type { EventRow } from '../access.js';
import { AGENDA_LIMITS, type AgendaItem, type AgendaMaterial } from '../agenda.js';
import { outsideDates } from '../agenda-dates.js';
import { ManageHeader } from './manage-nav.js';
import { ButtonForm } from './parts.js';

/** The days of an event, for choosing an agenda item's day. */
export function eventDays(e: Pick<EventRow, 'startDate' | 'endDate'>): string[] {
  const days: string[] = [];
  for (
    let d = Date.parse(`${e.startDate}T00:00:00Z`);
    d <= Date.parse(`${e.endDate}T00:00:00Z`) && days.length < 31;
    d += 86_400_000
  ) {
    days.push(new Date(d).toISOString().slice(0, 10));
  }
  return days;
}

export const timeRange = (i: Pick<AgendaItem, 'startsAt' | 'endsAt'>) =>
  [i.startsAt?.slice(0, 5), i.endsAt?.slice(0, 5)].filter(Boolean).join('–');

/** The fields of an agenda item, for adding one and for changing it. */
function AgendaFields(p: {
  t: Translator;
  lang: Lang;
  event: EventRow;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, lang } = p;
  const v = (n: string) => fieldValue(p.values, n);
  const days = eventDays(p.event).map((d) => ({ value: d, label: formatDate(d, lang) }));
  // A session left outside the event's dates keeps its day on offer, marked, until it is moved.
  // (Only a real date: a form sent back with anything else in `day` shows the event's days alone.)
  if (v('day') && isoDateProblem(v('day')) === null && outsideDates(v('day'), p.event))
    days.unshift({
      value: v('day'),
      label: `${formatDate(v('day'), lang)} (${t('registration.agenda.outsideBadge')})`,
    });
  return (
    <>
      <SelectField
        t={t}
        name="day"
        label={t('registration.agenda.day')}
        required
        value={v('day')}
        error={p.errors.day}
        options={days}
      />
      <div class="field-row">
        <TextField
          t={t}
          name="startsAt"
          type="time"
          label={t('registration.agenda.startsAt')}
          value={v('startsAt')}
          error={p.errors.startsAt}
        />
        <TextField
          t={t}
          name="endsAt"
          type="time"
          label={t('registration.agenda.endsAt')}
          value={v('endsAt')}
          error={p.errors.endsAt}
        />
      </div>
      <BilingualField
        t={t}
        name="title"
        label={t('registration.agenda.itemTitle')}
        required
        value={{ en: v('title.en'), zh: v('title.zh') }}
        errors={p.errors}
        maxLength={AGENDA_LIMITS.title}
      />
      <TextField
        t={t}
        name="speaker"
        label={t('registration.agenda.speaker')}
        value={v('speaker')}
        error={p.errors.speaker}
        maxLength={AGENDA_LIMITS.speaker}
      />
      <BilingualField
        t={t}
        name="room"
        label={t('registration.agenda.room')}
        value={{ en: v('room.en'), zh: v('room.zh') }}
        errors={p.errors}
        maxLength={AGENDA_LIMITS.room}
      />
    </>
  );
}

/** The sessions of one day (or those outside the event's dates, with their day) for the organisers. */
function SessionTable(p: {
  t: Translator;
  lang: Lang;
  event: EventRow;
  items: AgendaItem[];
  materials: AgendaMaterial[];
  withDay?: boolean;
}) {
  const { t, lang, event } = p;
  return (
    <div class="table-wrap">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{t('registration.agenda.time')}</th>
            <th scope="col">{t('registration.agenda.itemTitle')}</th>
            <th scope="col">{t('registration.agenda.speaker')}</th>
            <th scope="col">{t('registration.agenda.room')}</th>
            <th scope="col">{t('registration.agenda.materials')}</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((i) => (
            <tr>
              <td>
                {p.withDay ? `${formatDate(i.day, lang)} ` : ''}
                {timeRange(i)}
              </td>
              <th scope="row">
                <a href={href(lang, `/events/${event.id}/agenda/${i.id}`)}>{text(i.title, lang)}</a>
              </th>
              <td>{i.speaker}</td>
              <td>{text(i.room, lang)}</td>
              <td class="number">{p.materials.filter((m) => m.agendaItemId === i.id).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AgendaManagePage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken: string;
  event: EventRow;
  items: AgendaItem[];
  materials: AgendaMaterial[];
  values: FormValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { t, lang, event } = p;
  const outside = p.items.filter((i) => outsideDates(i.day, event));
  const days = [...new Set(p.items.filter((i) => !outsideDates(i.day, event)).map((i) => i.day))];
  return (
    <div class="wrap">
      <ManageHeader
        t={t}
        lang={lang}
        event={event}
        tab="agenda"
        title={t('registration.agenda.title')}
        lead={text(event.title, lang)}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {outside.length ? (
        <Notice kind="warning">
          {t('registration.agenda.outsideStaff', { count: formatNumber(outside.length, lang) })}
        </Notice>
      ) : null}
      {p.items.length === 0 ? <p>{t('registration.agenda.none')}</p> : null}
      {days.map((day) => (
        <section aria-labelledby={`d-${day}`}>
          <h2 id={`d-${day}`}>{formatDate(day, lang)}</h2>
          <SessionTable {...p} items={p.items.filter((i) => i.day === day)} />
        </section>
      ))}
      {outside.length ? (
        <section aria-labelledby="d-outside" class="agenda-outside">
          <h2 id="d-outside">{t('registration.agenda.outsideDates')}</h2>
          <p class="hint">{t('registration.agenda.outsideNote')}</p>
          <SessionTable {...p} items={outside} withDay />
        </section>
      ) : null}
      <section aria-labelledby="add-h" class="narrow">
        <h2 id="add-h">{t('registration.agenda.add')}</h2>
        <ErrorSummary t={t} errors={p.errors} />
        <form method="post" action={href(lang, `/events/${event.id}/agenda`)} class="stacked" novalidate>
          <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
          <AgendaFields t={t} lang={lang} event={event} values={p.values} errors={p.errors ?? {}} />
          <p>
            <button type="submit" class="button primary">
              {t('registration.agenda.addButton')}
            </button>
          </p>
        </form>
      </section>
    </div>
  );
}

export function AgendaItemPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  event: EventRow;
  item: AgendaItem;
  materials: AgendaMaterial[];
  values: FormValues;
  errors?: FieldErrors;
  uploadError?: string;
  /** What was typed with a refused upload, shown again. */
  uploadTitle?: { en: string; zh: string };
  notice?: string;
}) {
  const { t, lang, event, item } = p;
  const base = href(lang, `/events/${event.id}/agenda/${item.id}`);
  return (
    <div class="wrap narrow">
      <ManageHeader
        t={t}
        lang={lang}
        event={event}
        tab="agenda"
        title={text(item.title, lang)}
        lead={`${formatDate(item.day, lang)} ${timeRange(item)}`}
      />
      <p>
        <a href={href(lang, `/events/${event.id}/agenda`)}>{t('registration.agenda.back')}</a>
      </p>
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action={base} class="stacked" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <AgendaFields t={t} lang={lang} event={event} values={p.values} errors={p.errors ?? {}} />
        <p>
          <button type="submit" class="button primary">
            {t('common.save')}
          </button>
        </p>
      </form>
      <section aria-labelledby="materials-h">
        <h2 id="materials-h">{t('registration.agenda.materials')}</h2>
        {p.materials.length ? (
          <ul class="materials">
            {p.materials.map((m) => (
              <li>
                <BiMarked
                  t={t}
                  value={m.title}
                  lang={lang}
                  link={href(lang, `/events/${event.id}/materials/${m.id}`)}
                />
                {m.fileSize ? <span class="meta"> {formatBytes(m.fileSize)}</span> : null}{' '}
                <ButtonForm
                  csrfToken={p.csrfToken}
                  action={`${base}/materials/remove`}
                  label={t('registration.agenda.removeMaterial')}
                  name={`${t('registration.agenda.removeMaterial')}: ${text(m.title, lang)}`}
                  hidden={{ material: m.id }}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('registration.agenda.noMaterials')}</p>
        )}
        {p.uploadError ? <ErrorSummary t={t} errors={{ file: p.uploadError }} /> : null}
        <form
          method="post"
          action={`${base}/materials`}
          enctype="multipart/form-data"
          class="stacked"
          novalidate
        >
          <HiddenFormFields csrfToken={p.csrfToken} />
          <div class={p.uploadError ? 'field has-error' : 'field'}>
            <label for="f-file">{t('registration.agenda.file')}</label>
            <p class="hint" id="f-file-hint">
              {t('registration.agenda.fileHint')}
            </p>
            {p.uploadError ? (
              <p class="field-error" id="f-file-error">
                {p.uploadError}
              </p>
            ) : null}
            <input
              id="f-file"
              name="file"
              type="file"
              aria-describedby={p.uploadError ? 'f-file-hint f-file-error' : 'f-file-hint'}
            />
          </div>
          <BilingualField
            t={t}
            name="materialTitle"
            label={t('registration.agenda.materialTitle')}
            hint={t('registration.agenda.materialTitleHint')}
            value={p.uploadTitle}
            maxLength={200}
          />
          <p>
            <button type="submit" class="button">
              {t('registration.agenda.upload')}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="delete-h">
        <h2 id="delete-h">{t('registration.agenda.deleteHeading')}</h2>
        <form method="post" action={`${base}/delete`}>
          <HiddenFormFields csrfToken={p.csrfToken} />
          <button type="submit" class="button danger">
            {t('registration.agenda.delete')}
          </button>
        </form>
      </section>
    </div>
  );
}
