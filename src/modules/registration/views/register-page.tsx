import type { Actor } from '../../../lib/actor.js';
import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import {
  ErrorSummary,
  HiddenFormFields,
  Notice,
  PageHeader,
  SelectField,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { EventView } from '../../events/index.js';
import { datesOf, Place } from '../../events/index.js';
import type { Question } from '../answers.js';
import { FIELD_LIMITS } from '../registrant-input.js';
import { ORGANISATION_TYPES, SEXES } from '../schema.js';
import { type Closed, seatsMatter } from '../window.js';
import { num, when } from './parts.js';
import { QuestionFields } from './question-fields.js';

export interface SeatSummary {
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  requiresApproval: boolean;
  closesAt: Date | null;
  cancellationDeadline: Date | null;
  /** Whether those two were set, or are the defaults (when the event begins). */
  closesSet: boolean;
  deadlineSet: boolean;
}

/** What someone about to register should know: seats, waiting list, approval, deadlines. */
export function SeatFacts(p: { t: Translator; lang: Lang; view: EventView; seats: SeatSummary }) {
  const { t, lang, seats } = p;
  const left = seats.capacity === null ? null : Math.max(0, seats.capacity - seats.confirmed);
  return (
    <dl class="facts">
      <dt>{t('events.field.dates')}</dt>
      <dd>{datesOf(p.view.event, lang)}</dd>
      <dt>{t('events.field.place')}</dt>
      <dd>
        <Place lang={lang} city={p.view.city.name} province={p.view.event.province} />
        {text(p.view.event.venue, lang) ? ` · ${text(p.view.event.venue, lang)}` : ''}
      </dd>
      <dt>{t('registration.seats.label')}</dt>
      <dd>
        {left === null
          ? t('registration.seats.unlimited')
          : left > 0
            ? t('registration.seats.left', { left: num(left, lang), capacity: num(seats.capacity!, lang) })
            : t('registration.seats.full', { waiting: num(seats.waitlisted, lang) })}
      </dd>
      {seats.requiresApproval ? (
        <>
          <dt>{t('registration.approval.label')}</dt>
          <dd>{t('registration.approval.note')}</dd>
        </>
      ) : null}
      {seats.closesAt ? (
        <>
          <dt>{t('registration.closes.label')}</dt>
          <dd>
            {seats.closesSet
              ? t('registration.chinaTime', { time: when(seats.closesAt, lang) })
              : t('registration.untilStart', { date: formatDate(p.view.event.startDate, lang) })}
          </dd>
        </>
      ) : null}
      {seats.cancellationDeadline ? (
        <>
          <dt>{t('registration.cancelUntil.label')}</dt>
          <dd>
            {seats.deadlineSet
              ? t('registration.chinaTime', { time: when(seats.cancellationDeadline, lang) })
              : t('registration.untilStart', { date: formatDate(p.view.event.startDate, lang) })}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export interface RegisterPageProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  view: EventView;
  seats: SeatSummary;
  user: Actor | null;
  invitation: { email: string; token: string } | null;
  closed: { why: Closed | 'invitationInvalid' | 'otherEmail'; opensAt?: Date } | null;
  active: Question[];
  values: FormValues;
  answers: Record<string, unknown>;
  errors?: FieldErrors;
  /** A question came to apply on sending: ask it before saving. */
  moreQuestions?: boolean;
  message?: string;
}

export function RegisterPage(p: RegisterPageProps) {
  const { t, lang, view } = p;
  const e = view.event;
  const val = (n: string) => fieldValue(p.values, n);
  const fixedEmail = p.invitation?.email ?? p.user?.email ?? null;
  return (
    <div class="wrap narrow">
      <PageHeader
        title={t('registration.form.title', { title: text(e.title, lang) })}
        crumbs={[
          { href: href(lang, '/events'), label: t('events.calendar.title') },
          { href: href(lang, `/events/${e.id}`), label: text(e.title, lang) },
        ]}
      />
      {seatsMatter(p.closed?.why ?? null) ? (
        <SeatFacts t={t} lang={lang} view={view} seats={p.seats} />
      ) : null}
      {p.closed ? (
        <Notice kind="warning">
          <p>
            {p.closed.why === 'notYet' && p.closed.opensAt
              ? t('registration.closed.opensAt', { time: when(p.closed.opensAt, lang) })
              : p.closed.why === 'invitationInvalid'
                ? t('registration.invitation.invalid')
                : p.closed.why === 'otherEmail'
                  ? t('registration.form.otherEmail', { email: p.user?.email ?? '' })
                  : t(`registration.closed.${p.closed.why}`)}
          </p>
        </Notice>
      ) : (
        <>
          {p.invitation ? (
            <Notice kind="info">
              <p>{t('registration.form.invited', { email: p.invitation.email })}</p>
            </Notice>
          ) : p.user ? (
            <Notice kind="info">
              <p>
                {t('registration.form.signedIn', { name: p.user.name || p.user.email, email: p.user.email })}
              </p>
            </Notice>
          ) : (
            <p>{t('registration.form.guestLead')}</p>
          )}
          {p.moreQuestions ? (
            <Notice kind="info">
              <p>{t('registration.form.moreQuestions')}</p>
            </Notice>
          ) : null}
          <ErrorSummary t={t} errors={p.moreQuestions ? undefined : p.errors} message={p.message} />
          <form method="post" action={href(lang, `/events/${e.id}/register`)} class="stacked" novalidate>
            <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
            {p.invitation ? <input type="hidden" name="invite" value={p.invitation.token} /> : null}
            <TextField
              t={t}
              name="name"
              label={t('registration.field.name')}
              value={val('name') || p.user?.name || ''}
              error={p.errors?.name}
              autocomplete="name"
              maxLength={FIELD_LIMITS.name}
              required
            />
            {fixedEmail ? (
              <div class="field">
                <label for="f-email">{t('registration.field.email')}</label>
                <p class="hint" id="f-email-hint">
                  {p.invitation ? t('registration.field.emailInvited') : t('registration.field.emailAccount')}
                </p>
                <input
                  id="f-email"
                  type="email"
                  value={fixedEmail}
                  readonly
                  aria-describedby="f-email-hint"
                />
              </div>
            ) : (
              <TextField
                t={t}
                name="email"
                type="email"
                label={t('registration.field.email')}
                hint={t('registration.field.emailHint')}
                value={val('email')}
                error={p.errors?.email}
                autocomplete="email"
                maxLength={FIELD_LIMITS.email}
                required
              />
            )}
            <TextField
              t={t}
              name="organisation"
              label={t('registration.field.organisation')}
              value={val('organisation')}
              error={p.errors?.organisation}
              autocomplete="organization"
              maxLength={FIELD_LIMITS.organisation}
            />
            <SelectField
              t={t}
              name="organisationType"
              label={t('registration.field.organisationType')}
              value={val('organisationType')}
              error={p.errors?.organisationType}
              empty={t('registration.field.notSaid')}
              options={ORGANISATION_TYPES.map((k) => ({ value: k, label: t(`registration.orgType.${k}`) }))}
            />
            <SelectField
              t={t}
              name="sex"
              label={t('registration.field.sex')}
              hint={t('registration.field.sexHint')}
              value={val('sex')}
              error={p.errors?.sex}
              empty={t('registration.field.notSaid')}
              options={SEXES.map((k) => ({ value: k, label: t(`registration.sex.${k}`) }))}
            />
            <QuestionFields
              t={t}
              lang={lang}
              eventId={e.id}
              active={p.active}
              answers={p.answers}
              errors={p.errors}
            />
            <p class="hint">{t('registration.form.privacy')}</p>
            <p>
              <button type="submit" class="button primary">
                {p.user || p.invitation
                  ? t('registration.form.submitOneClick')
                  : t('registration.form.submit')}
              </button>
            </p>
          </form>
        </>
      )}
    </div>
  );
}

/** After a guest registers: the next step is in their mailbox. */
export function CheckMailPage(p: { t: Translator; lang: Lang; view: EventView; resent: boolean }) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader
        title={t('registration.sent.title')}
        crumbs={[{ href: href(lang, `/events/${p.view.event.id}`), label: text(p.view.event.title, lang) }]}
      />
      <Notice kind="success">
        <p>{p.resent ? t('registration.sent.resent') : t('registration.sent.body')}</p>
      </Notice>
      <p>{t('registration.sent.spam')}</p>
      <p>
        <a href={href(lang, `/events/${p.view.event.id}`)}>{t('registration.backToEvent')}</a>
      </p>
    </div>
  );
}
