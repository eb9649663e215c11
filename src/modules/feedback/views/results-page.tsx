import type { Lang } from '../../../lib/bilingual.js';
import { Bi, Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { decimal, pct, points, share } from '../format.js';
import type { EventKnowledgeGain } from '../results.js';
import type { SurveyResults } from '../survey-results.js';
import { Bar, Difficulty, Distribution, GainFigures } from './gain-parts.js';

interface Props {
  t: Translator;
  lang: Lang;
  eventTitle: string;
  back: string;
  exports: { scores: string; survey: string; xlsx: string };
  gain: EventKnowledgeGain;
  survey: SurveyResults;
}

function Scores(p: { t: Translator; lang: Lang; gain: EventKnowledgeGain }) {
  const { t, lang } = p;
  return (
    <div class="table-wrap">
      <table class="data scores">
        <caption id="scores-caption">{t('feedback.results.scores', { pass: p.gain.passPercent })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedback.results.name')}</th>
            <th scope="col">{t('feedback.results.organisation')}</th>
            <th scope="col" class="number">
              {t('feedback.gain.before')}
            </th>
            <th scope="col" class="number">
              {t('feedback.gain.after')}
            </th>
            <th scope="col" class="number">
              {t('feedback.gain.change')}
            </th>
            <th scope="col">{t('feedback.results.passed')}</th>
          </tr>
        </thead>
        <tbody>
          {p.gain.scores.map((s) => (
            <tr>
              <th scope="row">{s.name}</th>
              <td>{s.organisation}</td>
              <td class="number">{s.pre ? pct(s.pre.percent, lang) : '–'}</td>
              <td class="number">{s.post ? pct(s.post.percent, lang) : '–'}</td>
              <td class="number">{points(s.gain, lang)}</td>
              <td>{s.passed === null ? '–' : s.passed ? t('common.yes') : t('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SurveySection(p: { t: Translator; lang: Lang; survey: SurveyResults }) {
  const { t, lang, survey } = p;
  const likert = survey.items.filter((i) => i.kind === 'likert');
  const comments = survey.items.filter((i) => i.kind === 'comment');
  return (
    <section aria-labelledby="survey-results">
      <h2 id="survey-results">{t('feedback.results.survey')}</h2>
      <p>{t('feedback.results.responses', { n: survey.responses, of: survey.attendees })}</p>
      {survey.shown ? null : (
        <Notice kind="info">{t('feedback.results.tooFew', { min: survey.minimum })}</Notice>
      )}
      {likert.length ? (
        <div class="table-wrap">
          <table class="data likert-results">
            <caption id="likert-caption">{t('feedback.results.ratings')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feedback.results.statement')}</th>
                <th scope="col" class="number">
                  {t('feedback.results.mean')}
                </th>
                {[1, 2, 3, 4, 5].map((n) => (
                  <th scope="col" class="number" title={t(`feedback.likert.${n as 1}`)}>
                    {n}
                  </th>
                ))}
                <th scope="col" class="number">
                  {t('feedback.results.agree')}
                </th>
              </tr>
            </thead>
            <tbody>
              {likert.map((i) =>
                i.kind === 'likert' ? (
                  <tr>
                    <th scope="row">
                      <Bi value={i.question.prompt} lang={lang} />
                      <span class="hint"> {t('feedback.gain.people', { n: i.n })}</span>
                    </th>
                    <td class="number">{decimal(i.mean, lang, 1)}</td>
                    {i.counts.map((c) => (
                      <td class="number">{c}</td>
                    ))}
                    <td class="number">
                      {share(i.agree, lang)} <Bar value={i.agree ?? 0} />
                    </td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </div>
      ) : null}
      {likert.length ? <p class="hint">{t('feedback.results.scaleNote')}</p> : null}
      {comments.map((i) =>
        i.kind === 'comment' ? (
          <section
            class="comments"
            aria-label={i.question.prompt[lang] || i.question.prompt.en || i.question.prompt.zh}
          >
            <h3>
              <Bi value={i.question.prompt} lang={lang} />
            </h3>
            {i.comments.length ? (
              <ul class="comment-list">
                {i.comments.map((c) => (
                  <li>{c}</li>
                ))}
              </ul>
            ) : (
              <p class="hint">{t('feedback.results.noComments')}</p>
            )}
          </section>
        ) : null,
      )}
    </section>
  );
}

export function ResultsPage(p: Props) {
  const { t, lang, gain } = p;
  return (
    <div class="wrap feedback">
      <PageHeader
        title={t('feedback.results.title')}
        lead={p.eventTitle}
        crumbs={[{ href: p.back, label: t('feedback.manage.title') }]}
        actions={
          <>
            <a class="button" href={p.exports.scores} download>
              {t('feedback.export.scores')}
            </a>
            <a class="button" href={p.exports.survey} download>
              {t('feedback.export.survey')}
            </a>
            <a class="button" href={p.exports.xlsx} download>
              {t('feedback.export.xlsx')}
            </a>
          </>
        }
      />
      <section aria-labelledby="gain">
        <h2 id="gain">{t('feedback.gain.title')}</h2>
        <GainFigures t={t} lang={lang} gain={gain} />
        <p class="hint">{t('feedback.gain.explain')}</p>
        {gain.pre.n + gain.post.n > 0 ? (
          <>
            <Distribution t={t} lang={lang} gain={gain} />
            <Difficulty t={t} lang={lang} gain={gain} />
            <Scores t={t} lang={lang} gain={gain} />
          </>
        ) : (
          <p>{t('feedback.gain.none')}</p>
        )}
      </section>
      <SurveySection t={t} lang={lang} survey={p.survey} />
    </div>
  );
}
