import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { ErrorSummary, Notice } from '../../../web/components.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { AuditRow } from '../../audit/index.js';
import type { EventRow } from '../access.js';
import type { AnswerValue, Question } from '../answers.js';
import type { ListedRegistration } from '../queries.js';
import { ManageHeader } from './manage-nav.js';
import { num, RegStatus, when } from './parts.js';
import { RegistrationActions } from './registration-actions.js';
import { answerText } from './registration-page.js';

export interface ManageDetailProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  event: EventRow;
  registration: ListedRegistration;
  organisationLabel: string | null;
  questions: Question[];
  answers: Map<string, AnswerValue>;
  history: AuditRow[];
  full: boolean;
  pageUrl: string;
  notice?: MessageKey;
  /** An action refused for its reason: its form opens again with the error. */
  failed?: { action: string; reason: string; error: string };
}

const ACTIONS = ['register', 'confirm', 'approve', 'decline', 'promote', 'cancel'] as const;

export function ManageDetailPage(p: ManageDetailProps) {
  const { t, lang, registration: r } = p;
  const shown = p.questions.filter((q) => p.answers.has(q.id));
  return (
    <div class="wrap">
      <ManageHeader
        t={t}
        lang={lang}
        event={p.event}
        tab="registrations"
        title={r.name}
        lead={text(p.event.title, lang)}
      />
      <p>
        <a href={href(lang, `/events/${p.event.id}/registrations#r-${r.id}`)}>
          {t('registration.detail.back')}
        </a>
      </p>
      {p.notice ? <Notice kind="success">{t(p.notice)}</Notice> : null}
      {p.failed ? <ErrorSummary t={t} errors={{ [`${p.failed.action}-${r.id}`]: p.failed.error }} /> : null}
      <dl class="facts">
        <dt>{t('registration.page.status')}</dt>
        <dd>
          <RegStatus t={t} status={r.status} />
          {r.position ? ` ${t('registration.list.positionShort', { position: num(r.position, lang) })}` : ''}
          {r.declineReason ? <p>{t('registration.mail.reason', { value: r.declineReason })}</p> : null}
        </dd>
        <dt>{t('registration.field.email')}</dt>
        <dd>{r.email}</dd>
        <dt>{t('registration.field.organisation')}</dt>
        <dd>
          {r.organisationName || '–'}
          {r.organisationId && p.organisationLabel ? (
            <p class="meta">
              {t('registration.detail.directory')}{' '}
              <a href={href(lang, `/directory/organisations/${r.organisationId}`)}>{p.organisationLabel}</a>
            </p>
          ) : null}
        </dd>
        <dt>{t('registration.field.organisationType')}</dt>
        <dd>{r.organisationType ? t(`registration.orgType.${r.organisationType}`) : '–'}</dd>
        <dt>{t('registration.field.sex')}</dt>
        <dd>{r.sex ? t(`registration.sex.${r.sex}`) : '–'}</dd>
        {r.personId ? (
          <>
            <dt>{t('registration.detail.person')}</dt>
            <dd>
              <a href={href(lang, `/directory/people/${r.personId}`)}>
                {t('registration.detail.personLink')}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('registration.detail.source')}</dt>
        <dd>{t(`registration.source.${r.source}`)}</dd>
        <dt>{t('registration.list.arrival')}</dt>
        <dd>{r.arrival ? num(r.arrival, lang) : '–'}</dd>
        <dt>{t('registration.detail.language')}</dt>
        <dd>{r.lang === 'zh' ? t('common.chinese') : t('common.english')}</dd>
        <dt>{t('registration.detail.page')}</dt>
        <dd>
          <a href={p.pageUrl}>{t('registration.detail.pageLink')}</a>
        </dd>
        {shown.map((q) => (
          <>
            <dt>{text(q.label, lang)}</dt>
            <dd>{answerText(t, lang, q, p.answers.get(q.id)!)}</dd>
          </>
        ))}
      </dl>
      <section aria-labelledby="actions-h">
        <h2 id="actions-h">{t('common.actions')}</h2>
        <RegistrationActions
          t={t}
          lang={lang}
          csrfToken={p.csrfToken}
          registration={r}
          from="detail"
          full={p.full}
        />
      </section>
      <section aria-labelledby="history-h">
        <h2 id="history-h">{t('registration.detail.history')}</h2>
        <ol class="history-list">
          {p.history.map((h) => (
            <li>
              <span class="meta">{when(h.at, lang)}</span>{' '}
              {(ACTIONS as readonly string[]).includes(h.action)
                ? t(`registration.history.${h.action as (typeof ACTIONS)[number]}`)
                : h.action}
              {' · '}
              {h.actorEmail ??
                (h.action === 'promote'
                  ? t('registration.history.automatic')
                  : t('registration.history.registrant'))}
              {h.reason ? <p>{t('audit.reason', { reason: h.reason })}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
