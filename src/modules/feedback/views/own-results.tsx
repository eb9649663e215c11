import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { Bi, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { pct, points } from '../format.js';
import type { QuestionRow } from '../queries.js';
import type { RegistrantFeedback } from '../registrant.js';
import { percentOf } from '../scoring.js';

/**
 * The registrant's scores before and after, and every question with the correct answer and
 * their own choices: each marked in words, not by colour alone.
 */
export function OwnResultsPage(p: {
  t: Translator;
  lang: Lang;
  me: RegistrantFeedback;
  questions: QuestionRow[];
  answers: Record<'pre' | 'post', Map<string, string[]>>;
  back: string;
}) {
  const { t, lang, me } = p;
  const pre = me.pre.attempt;
  const post = me.post.attempt!;
  const preP = pre ? percentOf(pre.score, pre.maxScore) : null;
  const postP = percentOf(post.score, post.maxScore);
  const pass = me.settings?.passPercent ?? 60;
  return (
    <div class="wrap narrow feedback">
      <PageHeader
        title={t('feedback.own.title')}
        lead={text(me.event.title, lang)}
        crumbs={[{ href: p.back, label: t('feedback.hub.title') }]}
      />
      <dl class="stats">
        <div>
          <dt>{t('feedback.score.before')}</dt>
          <dd>{pre ? pct(preP, lang) : t('feedback.own.notTaken')}</dd>
        </div>
        <div>
          <dt>{t('feedback.score.after')}</dt>
          <dd>{pct(postP, lang)}</dd>
        </div>
        {pre ? (
          <div>
            <dt>{t('feedback.score.gain')}</dt>
            <dd>{points(postP - preP!, lang)}</dd>
          </div>
        ) : null}
      </dl>
      <p>
        {t('feedback.own.scoreLine', { score: post.score, max: post.maxScore })}{' '}
        {postP >= pass ? t('feedback.own.passed', { pass }) : t('feedback.own.notPassed', { pass })}
      </p>
      <h2>{t('feedback.own.answers')}</h2>
      <ol class="own-answers">
        {p.questions.map((q) => {
          const before = p.answers.pre.get(q.id) ?? [];
          const after = p.answers.post.get(q.id) ?? [];
          return (
            <li>
              <h3>
                <Bi value={q.prompt} lang={lang} />
              </h3>
              <ul class="options-review">
                {q.options.map((o) => (
                  <li class={o.correct ? 'is-correct' : undefined}>
                    <span class="option-label">
                      <Bi value={o.label} lang={lang} />
                    </span>
                    {o.correct ? <span class="tag tag-correct">{t('feedback.own.correct')}</span> : null}
                    {pre && before.includes(o.value) ? (
                      <span class="tag">{t('feedback.own.yourBefore')}</span>
                    ) : null}
                    {after.includes(o.value) ? <span class="tag">{t('feedback.own.yourAfter')}</span> : null}
                  </li>
                ))}
              </ul>
              {pre && before.length === 0 ? <p class="hint">{t('feedback.own.blankBefore')}</p> : null}
              {after.length === 0 ? <p class="hint">{t('feedback.own.blankAfter')}</p> : null}
              {q.explanation.en || q.explanation.zh ? (
                <p class="explanation">
                  <strong>{t('feedback.own.why')}</strong> <Bi value={q.explanation} lang={lang} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p>
        <a href={p.back}>{t('common.back')}</a>
      </p>
    </div>
  );
}
