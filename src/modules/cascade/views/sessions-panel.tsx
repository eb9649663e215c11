import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime, formatNumber } from '../../../lib/dates.js';
import { HiddenFormFields } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { sessionOf, verificationHistory } from '../sessions-queries.js';
import { AnswerForm, ClaimForm, VerifyForm } from './sessions-forms.js';

type Session = NonNullable<Awaited<ReturnType<typeof sessionOf>>>;
type History = Awaited<ReturnType<typeof verificationHistory>>;

export interface PanelProps {
  t: Translator;
  lang: Lang;
  eventId: string;
  csrfToken: string;
  s: Session;
  history: History;
  /** What the reader may do here (the writes check again). */
  may: { edit: boolean; claim: boolean; verify: boolean; answer: boolean; certify: boolean };
  certifies: boolean;
}

/** A local session's own facts: trainer, audience details, named and claimed figures apart, verification. */
export function SessionFacts(p: PanelProps) {
  const { t, lang, s } = p;
  const v = s.session;
  return (
    <dl class="facts session-facts">
      <dt>{t('sessions.fact.trainer')}</dt>
      <dd>{s.trainer.name}</dd>
      {v.sector ? (
        <>
          <dt>{t('sessions.fact.sector')}</dt>
          <dd>{v.sector}</dd>
        </>
      ) : null}
      {v.plannedSize !== null ? (
        <>
          <dt>{t('sessions.fact.plannedSize')}</dt>
          <dd>{formatNumber(v.plannedSize, lang)}</dd>
        </>
      ) : null}
      <dt>{t('sessions.fact.lang')}</dt>
      <dd>{t(`sessions.lang.${v.lang}`)}</dd>
      <dt>{t('sessions.fact.named')}</dt>
      <dd>{formatNumber(s.named, lang)}</dd>
      <dt>{t('sessions.fact.claimed')}</dt>
      <dd>
        {v.claimedHeadcount === null
          ? t('sessions.fact.claimedNone')
          : formatNumber(v.claimedHeadcount, lang)}
        {v.claimedNote ? <span class="hint"> — {v.claimedNote}</span> : null}
      </dd>
      <dt>{t('sessions.fact.verification')}</dt>
      <dd>
        <span class={`badge verification-${v.verification}`}>{t(`sessions.state.${v.verification}`)}</span>
      </dd>
    </dl>
  );
}

const post = (lang: Lang, id: string, what: string) => href(lang, `/events/${id}/session/${what}`);

/** The session's verification history and the forms its trainer and the staff of its place use. */
export function SessionPanel(p: PanelProps) {
  const { t, lang, s, may } = p;
  const v = s.session;
  const question = p.history.at(-1)?.step === 'queried' ? p.history.at(-1) : null;
  return (
    <div class="session-panel">
      {may.edit ? (
        <p>
          <a class="button" href={post(lang, p.eventId, 'edit')}>
            {t('sessions.edit.button')}
          </a>
        </p>
      ) : null}
      {may.answer && question ? (
        <section class="notice warning" aria-labelledby="session-question">
          <h2 id="session-question">{t('sessions.answer.heading')}</h2>
          <p>{t('sessions.answer.asked', { date: formatDateTime(question.createdAt, lang) })}</p>
          <blockquote class="prose">{question.note}</blockquote>
          <AnswerForm t={t} lang={lang} eventId={p.eventId} csrfToken={p.csrfToken} />
        </section>
      ) : null}
      {may.claim ? (
        <section aria-labelledby="session-claim">
          <h2 id="session-claim">{t('sessions.claim.heading')}</h2>
          <p class="hint">{t('sessions.claim.lead')}</p>
          <ClaimForm
            t={t}
            lang={lang}
            eventId={p.eventId}
            csrfToken={p.csrfToken}
            values={{
              count: v.claimedHeadcount === null ? '' : String(v.claimedHeadcount),
              note: v.claimedNote,
            }}
          />
        </section>
      ) : null}
      {may.verify ? (
        <section aria-labelledby="session-verify">
          <h2 id="session-verify">{t('sessions.verify.heading')}</h2>
          <VerifyForm t={t} lang={lang} eventId={p.eventId} csrfToken={p.csrfToken} />
        </section>
      ) : null}
      {p.history.length ? (
        <section aria-labelledby="session-history">
          <h2 id="session-history">{t('sessions.history.heading')}</h2>
          <ol class="plain verification-history">
            {p.history.map((h) => (
              <li>
                <strong>{t(`sessions.step.${h.step}`)}</strong> · {formatDateTime(h.createdAt, lang)}
                {h.note ? <p class="prose">{h.note}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {may.certify ? (
        <section aria-labelledby="session-tier">
          <h2 id="session-tier">{t('sessions.certifies.heading')}</h2>
          <p>{p.certifies ? t('sessions.certifies.on') : t('sessions.certifies.off')}</p>
          <form method="post" action={post(lang, p.eventId, 'certifies')}>
            <HiddenFormFields csrfToken={p.csrfToken} />
            <input type="hidden" name="certifies" value={p.certifies ? 'off' : 'on'} />
            <button type="submit" class="button">
              {p.certifies ? t('sessions.certifies.stop') : t('sessions.certifies.allow')}
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
