import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDateRange, formatDateTime } from '../../../lib/dates.js';
import { Notice, PageHeader } from '../../../web/components.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { pct, points } from '../format.js';
import type { PartState, RegistrantFeedback } from '../registrant.js';
import { percentOf } from '../scoring.js';

export type HubNotice = 'pre' | 'post' | 'survey' | 'repeat';

interface Props {
  t: Translator;
  lang: Lang;
  me: RegistrantFeedback;
  base: string;
  notice?: HubNotice;
}

const when = (d: Date | null | undefined, lang: Lang) => (d ? formatDateTime(d, lang) : '');

function Task(p: {
  t: Translator;
  id: string;
  title: string;
  state: PartState;
  status: string;
  action?: { href: string; label: string };
  children?: unknown;
}) {
  return (
    <li class={`task task-${p.state}`} aria-labelledby={`task-${p.id}`}>
      <h2 id={`task-${p.id}`}>{p.title}</h2>
      <p class="task-status">
        <span class={`badge state-${p.state}`}>{p.t(`feedback.badge.${p.state}` as MessageKey)}</span>{' '}
        {p.status}
      </p>
      {p.children as never}
      {p.action ? (
        <p>
          <a class="button primary" href={p.action.href}>
            {p.action.label}
          </a>
        </p>
      ) : null}
    </li>
  );
}

export function HubPage({ t, lang, me, base, notice }: Props) {
  const w = me.windows;
  const pre = me.pre;
  const post = me.post;
  const s = me.survey;
  const preStatus: Record<PartState, string> = {
    open: t('feedback.hub.openUntil', { date: when(w.preClosesAt, lang) }),
    done: t('feedback.hub.preDone', { date: when(pre.attempt?.submittedAt, lang) }),
    closed: t('feedback.hub.closedOn', { date: when(w.preClosesAt, lang) }),
    notYet: '',
    unavailable: t('feedback.hub.noTest'),
    notInvited: t('feedback.hub.notInvitedPre'),
  };
  const afterStatus = (kind: 'post' | 'survey'): Record<PartState, string> => ({
    open: t('feedback.hub.openUntil', { date: when(w.postClosesAt, lang) }),
    done:
      kind === 'post'
        ? t('feedback.hub.postDone', { date: when(post.attempt?.submittedAt, lang) })
        : t('feedback.hub.surveyDone', { date: when(s.submittedAt, lang) }),
    closed: t('feedback.hub.closedOn', { date: when(w.postClosesAt, lang) }),
    notYet: t('feedback.hub.opensOn', {
      date: when(new Date(Math.max(w.postOpensAt.getTime(), w.eventEndsAt.getTime())), lang),
    }),
    unavailable: kind === 'post' ? t('feedback.hub.noTest') : t('feedback.hub.noSurvey'),
    notInvited: kind === 'post' ? t('feedback.hub.notInvitedPost') : t('feedback.hub.notInvitedSurvey'),
  });
  const both = pre.attempt && post.attempt;
  const preP = pre.attempt ? percentOf(pre.attempt.score, pre.attempt.maxScore) : null;
  const postP = post.attempt ? percentOf(post.attempt.score, post.attempt.maxScore) : null;
  return (
    <div class="wrap narrow feedback">
      <PageHeader
        title={t('feedback.hub.title')}
        lead={
          <>
            {text(me.event.title, lang)} ·{' '}
            {formatDateRange(me.event.startDate, me.event.endDate, me.event.datePrecision, lang)}
          </>
        }
      />
      {notice ? <Notice kind="success">{t(`feedback.hub.thanks.${notice}`)}</Notice> : null}
      <p>{t('feedback.hub.hello', { name: me.registration.name })}</p>
      {me.registration.status !== 'confirmed' && pre.state !== 'done' ? (
        <Notice kind="info">{t('feedback.hub.notConfirmed')}</Notice>
      ) : null}
      <ol class="tasks">
        <Task
          t={t}
          id="pre"
          title={t('feedback.pre.title')}
          state={pre.state}
          status={preStatus[pre.state]}
          action={
            pre.state === 'open' ? { href: `${base}/pre-test`, label: t('feedback.hub.takePre') } : undefined
          }
        />
        <Task
          t={t}
          id="post"
          title={t('feedback.post.title')}
          state={post.state}
          status={afterStatus('post')[post.state]}
          action={
            post.state === 'open'
              ? { href: `${base}/post-test`, label: t('feedback.hub.takePost') }
              : post.attempt
                ? { href: `${base}/results`, label: t('feedback.hub.seeAnswers') }
                : undefined
          }
        >
          {post.attempt ? (
            <dl class="score-pair">
              <div>
                <dt>{t('feedback.score.before')}</dt>
                <dd>{pct(preP, lang)}</dd>
              </div>
              <div>
                <dt>{t('feedback.score.after')}</dt>
                <dd>{pct(postP, lang)}</dd>
              </div>
              {both ? (
                <div>
                  <dt>{t('feedback.score.gain')}</dt>
                  <dd>{points(postP! - preP!, lang)}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
        </Task>
        <Task
          t={t}
          id="survey"
          title={t('feedback.survey.title')}
          state={s.state}
          status={afterStatus('survey')[s.state]}
          action={
            s.state === 'open' ? { href: `${base}/survey`, label: t('feedback.hub.answerSurvey') } : undefined
          }
        />
      </ol>
      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('feedback.privacy.title')}</h2>
        <p>{t('feedback.privacy.tests')}</p>
        <p>{t('feedback.privacy.survey')}</p>
        <p>{t('feedback.privacy.link')}</p>
      </section>
    </div>
  );
}
