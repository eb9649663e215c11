import type { Child } from 'hono/jsx';
import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { EventView } from '../../events/index.js';
import { datesOf, Place } from '../../events/index.js';
import type { AnswerValue, Question } from '../answers.js';
import type { ListedRegistration } from '../queries.js';
import { num, RegStatus, when } from './parts.js';
import { Ticket, type TicketData } from './ticket.js';

export interface RegistrationPageProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  view: EventView;
  registration: ListedRegistration;
  pageKey: string;
  /** The ticket of a confirmed registration. */
  ticket: TicketData | null;
  questions: Question[];
  answers: Map<string, AnswerValue>;
  canCancel: boolean;
  cancelUntil: Date | null;
  /** The registrant's organisation holds every seat its quota allows. */
  quotaFull: { quota: number } | null;
  notice?: MessageKey;
  /** What other modules show here (the attendance certificate …). */
  extras?: Child[];
}

/** An answer as the reader reads it: option labels in their language, yes/no translated. */
export function answerText(t: Translator, lang: Lang, q: Question, v: AnswerValue): string {
  const label = (value: string) => {
    if (q.kind === 'yes_no') return value === 'yes' ? t('common.yes') : t('common.no');
    const o = q.options.find((x) => x.value === value);
    return o ? text(o.label, lang) : value;
  };
  return Array.isArray(v) ? v.map(label).join(lang === 'zh' ? '、' : ', ') : label(v);
}

function StatusText(p: RegistrationPageProps) {
  const { t, lang, registration: r } = p;
  switch (r.status) {
    case 'unconfirmed':
      return (
        <>
          <p>{t('registration.page.unconfirmed')}</p>
          <form method="post" action={href(lang, `/registration/${p.pageKey}/confirm`)}>
            <HiddenFormFields csrfToken={p.csrfToken} />
            <button type="submit" class="button primary">
              {t('registration.confirm.button')}
            </button>
          </form>
        </>
      );
    case 'pending':
      return <p>{t('registration.page.pending')}</p>;
    case 'confirmed':
      return <p>{t('registration.page.confirmed')}</p>;
    case 'waitlisted':
      return (
        <>
          <p class="position">{t('registration.page.position', { position: num(r.position ?? 0, lang) })}</p>
          <p>{t('registration.page.waitlisted')}</p>
          {p.quotaFull ? (
            <p>{t('registration.page.quotaFull', { quota: num(p.quotaFull.quota, lang) })}</p>
          ) : null}
        </>
      );
    case 'declined':
      return (
        <>
          <p>{t('registration.page.declined')}</p>
          {r.declineReason ? <p>{t('registration.mail.reason', { value: r.declineReason })}</p> : null}
        </>
      );
    case 'cancelled':
      return <p>{t('registration.page.cancelled', { when: when(r.cancelledAt, lang) })}</p>;
  }
}

export function RegistrationPage(p: RegistrationPageProps) {
  const { t, lang, view, registration: r } = p;
  const e = view.event;
  const shown = p.questions.filter((q) => p.answers.has(q.id));
  return (
    <div class="wrap narrow">
      <PageHeader
        title={t('registration.page.title')}
        lead={
          <a
            href={href(lang, `/events/${e.id}`)}
            lang={e.title[lang] ? undefined : lang === 'en' ? 'zh-CN' : 'en'}
          >
            {text(e.title, lang)}
          </a>
        }
      />
      {p.notice ? <Notice kind="success">{t(p.notice)}</Notice> : null}
      <section class={`reg-status status-${r.status}`} aria-labelledby="status-h">
        <h2 id="status-h">
          {t('registration.page.status')} <RegStatus t={t} status={r.status} />
        </h2>
        <StatusText {...p} />
      </section>
      {r.status === 'confirmed' ? <Ticket t={t} lang={lang} ticket={p.ticket} /> : null}
      <section aria-labelledby="event-h">
        <h2 id="event-h">{t('registration.page.event')}</h2>
        <dl class="facts">
          <dt>{t('events.field.dates')}</dt>
          <dd>{datesOf(e, lang)}</dd>
          <dt>{t('events.field.place')}</dt>
          <dd>
            <Place lang={lang} city={view.city.name} province={e.province} />
            {text(e.venue, lang) ? ` · ${text(e.venue, lang)}` : ''}
          </dd>
        </dl>
        {r.status === 'confirmed' || r.status === 'waitlisted' ? (
          <p>
            <a class="button" href={href(lang, `/registration/${p.pageKey}/calendar.ics`)} download>
              {t('events.ics.add')}
            </a>
          </p>
        ) : null}
        {p.extras}
      </section>
      <section aria-labelledby="details-h">
        <h2 id="details-h">{t('registration.page.details')}</h2>
        <dl class="facts">
          <dt>{t('registration.field.name')}</dt>
          <dd>{r.name}</dd>
          <dt>{t('registration.field.email')}</dt>
          <dd>{r.email}</dd>
          {r.organisationName ? (
            <>
              <dt>{t('registration.field.organisation')}</dt>
              <dd>{r.organisationName}</dd>
            </>
          ) : null}
          <dt>{t('registration.page.registeredAt')}</dt>
          <dd>{when(r.createdAt, lang)}</dd>
          {shown.map((q) => (
            <>
              <dt>{text(q.label, lang)}</dt>
              <dd>{answerText(t, lang, q, p.answers.get(q.id)!)}</dd>
            </>
          ))}
        </dl>
      </section>
      {p.canCancel ? (
        <section aria-labelledby="cancel-h">
          <h2 id="cancel-h">{t('registration.cancel.heading')}</h2>
          {r.status === 'confirmed' ? (
            <p>
              {p.cancelUntil
                ? t('registration.cancel.until', { time: when(p.cancelUntil, lang) })
                : t('registration.cancel.untilStart')}
            </p>
          ) : null}
          <p>
            <a class="button" href={href(lang, `/registration/${p.pageKey}/cancel`)}>
              {t('registration.cancel.link')}
            </a>
          </p>
        </section>
      ) : r.status === 'confirmed' ? (
        <p class="hint">{t('registration.cancel.tooLate')}</p>
      ) : null}
    </div>
  );
}

/** Asks before giving up a place; the e-mailed cancel link lands here. */
export function CancelPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  view: EventView;
  pageKey: string;
  status: ListedRegistration['status'];
  allowed: boolean;
}) {
  const { t, lang } = p;
  const back = href(lang, `/registration/${p.pageKey}`);
  return (
    <div class="wrap narrow">
      <PageHeader title={t('registration.cancel.title')} lead={text(p.view.event.title, lang)} />
      {p.allowed ? (
        <>
          <p>
            {p.status === 'confirmed'
              ? t('registration.cancel.explainSeat')
              : t('registration.cancel.explain')}
          </p>
          <form method="post" action={href(lang, `/registration/${p.pageKey}/cancel`)}>
            <HiddenFormFields csrfToken={p.csrfToken} />
            <div class="button-group">
              <button type="submit" class="button danger">
                {t('registration.cancel.confirm')}
              </button>
              <a class="button" href={back}>
                {t('registration.cancel.keep')}
              </a>
            </div>
          </form>
        </>
      ) : (
        <>
          <Notice kind="warning">
            <p>
              {p.status === 'cancelled'
                ? t('registration.error.alreadyCancelled')
                : t('registration.error.afterDeadline')}
            </p>
          </Notice>
          <p>
            <a href={back}>{t('registration.page.back')}</a>
          </p>
        </>
      )}
    </div>
  );
}

/** The page the confirmation e-mail links to: one button proves the address is the registrant's. */
export function ConfirmPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  view: EventView;
  pageKey: string;
}) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader title={t('registration.confirm.title')} lead={text(p.view.event.title, lang)} />
      <p>{t('registration.confirm.explain')}</p>
      <form method="post" action={href(lang, `/registration/${p.pageKey}/confirm`)}>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <button type="submit" class="button primary">
          {t('registration.confirm.button')}
        </button>
      </form>
    </div>
  );
}
