import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { BiMarked, Notice } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { SettingsRow } from '../access.js';
import type { AgendaItem, AgendaMaterial } from '../agenda.js';
import { outsideDates } from '../agenda-dates.js';
import type { Counts } from '../queries.js';
import { seatsMatter, type WindowState } from '../window.js';
import { timeRange } from './agenda.js';
import { num, when } from './parts.js';

/** The registration box on an event's page: seats, how to register, and the way in for staff. */
export function RegistrationBox(p: {
  t: Translator;
  lang: Lang;
  eventId: string;
  settings: SettingsRow;
  counts: Counts;
  window: WindowState;
  ownPage: string | null;
  staff: boolean;
}) {
  const { t, lang, settings: s, counts } = p;
  const left = s.capacity === null ? null : Math.max(0, s.capacity - counts.confirmed);
  const w = p.window;
  return (
    <section class="registration-box" aria-labelledby="register-h">
      <h2 id="register-h">{t('registration.title')}</h2>
      {s.mode !== 'closed' && seatsMatter(w.open ? null : w.why) ? (
        <p class="seats">
          {left === null
            ? t('registration.seats.unlimited')
            : left > 0
              ? t('registration.seats.left', { left: num(left, lang), capacity: num(s.capacity!, lang) })
              : t('registration.seats.full', { waiting: num(counts.waitlisted, lang) })}
        </p>
      ) : null}
      {p.ownPage ? (
        <p>
          <a class="button primary" href={p.ownPage}>
            {t('registration.box.yours')}
          </a>
        </p>
      ) : w.open ? (
        <>
          <p>
            {s.closesAt
              ? t('registration.box.open', { time: when(w.closesAt, lang) })
              : t('registration.box.openUntilStart')}
            {s.requiresApproval ? ` ${t('registration.approval.note')}` : ''}
          </p>
          <p>
            <a class="button primary" href={href(lang, `/events/${p.eventId}/register`)}>
              {left === 0 ? t('registration.box.joinWaitlist') : t('registration.box.register')}
            </a>
          </p>
        </>
      ) : (
        <p>
          {w.why === 'notYet' && w.opensAt
            ? t('registration.closed.opensAt', { time: when(w.opensAt, lang) })
            : t(`registration.closed.${w.why}`)}
        </p>
      )}
      {p.staff ? (
        <p class="staff-links">
          <a href={href(lang, `/events/${p.eventId}/registrations`)}>
            {t('registration.box.manage', {
              confirmed: num(counts.confirmed, lang),
              waiting: num(counts.waitlisted, lang),
              pending: num(counts.pending, lang),
            })}
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** One session of the programme with its material to download; its day too when it is not under one. */
function AgendaEntry(p: {
  t: Translator;
  lang: Lang;
  eventId: string;
  item: AgendaItem;
  materials: AgendaMaterial[];
  withDay?: boolean;
}) {
  const { lang, item: i } = p;
  const mats = p.materials.filter((m) => m.agendaItemId === i.id && m.fileId);
  return (
    <li>
      <span class="agenda-time">
        {p.withDay ? `${formatDate(i.day, lang)} ` : ''}
        {timeRange(i)}
      </span>
      <div class="agenda-body">
        <strong>
          <BiMarked t={p.t} value={i.title} lang={lang} />
        </strong>
        {i.speaker || text(i.room, lang) ? (
          <p class="meta">{[i.speaker, text(i.room, lang)].filter(Boolean).join(' · ')}</p>
        ) : null}
        {mats.length ? (
          <ul class="plain materials">
            {mats.map((m) => (
              <li>
                <BiMarked
                  t={p.t}
                  value={m.title}
                  lang={lang}
                  link={href(lang, `/events/${p.eventId}/materials/${m.id}`)}
                />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

/**
 * The programme of an event by day, with each session's material to download. Sessions that a
 * change of the event's dates left outside them are shown apart, marked, never hidden.
 */
export function AgendaSection(p: {
  t: Translator;
  lang: Lang;
  event: { id: string; startDate: string; endDate: string };
  items: AgendaItem[];
  materials: AgendaMaterial[];
  staff: boolean;
}) {
  const { t, lang } = p;
  if (!p.items.length && !p.staff) return null;
  const outside = p.items.filter((i) => outsideDates(i.day, p.event));
  const days = [...new Set(p.items.filter((i) => !outsideDates(i.day, p.event)).map((i) => i.day))];
  const entry = (i: AgendaItem, withDay = false) => (
    <AgendaEntry t={t} lang={lang} eventId={p.event.id} item={i} materials={p.materials} withDay={withDay} />
  );
  return (
    <section class="agenda" aria-labelledby="agenda-h">
      <h2 id="agenda-h">{t('registration.agenda.public')}</h2>
      {p.items.length === 0 ? <p>{t('registration.agenda.none')}</p> : null}
      {p.staff && outside.length ? (
        <Notice kind="warning">
          {t('registration.agenda.outsideStaff', { count: num(outside.length, lang) })}
        </Notice>
      ) : null}
      {days.map((day) => (
        <>
          <h3>{formatDate(day, lang)}</h3>
          <ol class="agenda-items">{p.items.filter((i) => i.day === day).map((i) => entry(i))}</ol>
        </>
      ))}
      {outside.length ? (
        <div class="agenda-outside">
          <h3>{t('registration.agenda.outsideDates')}</h3>
          <p class="hint">{t('registration.agenda.outsideNote')}</p>
          <ol class="agenda-items">{outside.map((i) => entry(i, true))}</ol>
        </div>
      ) : null}
      {p.staff ? (
        <p class="staff-links">
          <a href={href(lang, `/events/${p.event.id}/agenda`)}>{t('registration.agenda.edit')}</a>
        </p>
      ) : null}
    </section>
  );
}
