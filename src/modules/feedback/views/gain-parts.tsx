import type { Lang } from '../../../lib/bilingual.js';
import { Bi } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { decimal, pct, points, share } from '../format.js';
import type { GainSummary } from '../gain.js';
import type { EventKnowledgeGain } from '../results.js';

/** A bar for a share 0–1, in 5 % steps (the stylesheet has a class per step: no inline styles under the CSP). */
export const Bar = (p: { value: number }) => (
  <span class={`hbar hbar-${Math.round(Math.max(0, Math.min(1, p.value)) * 20) * 5}`} aria-hidden="true" />
);

/** The four figures of a knowledge gain, each with how many people it rests on. */
export function GainFigures(p: { t: Translator; lang: Lang; gain: GainSummary }) {
  const { t, lang, gain } = p;
  const n = (count: number) => <dd class="stat-note">{t('feedback.gain.people', { n: count })}</dd>;
  return (
    <dl class="stats gain-figures">
      <div>
        <dt>{t('feedback.gain.meanPre')}</dt>
        <dd>{pct(gain.pre.mean, lang)}</dd>
        {n(gain.pre.n)}
      </div>
      <div>
        <dt>{t('feedback.gain.meanPost')}</dt>
        <dd>{pct(gain.post.mean, lang)}</dd>
        {n(gain.post.n)}
      </div>
      <div>
        <dt>{t('feedback.gain.paired')}</dt>
        <dd>{points(gain.paired.meanGain, lang)}</dd>
        {n(gain.paired.n)}
      </div>
      <div>
        <dt>{t('feedback.gain.hake')}</dt>
        <dd>{decimal(gain.paired.hakeG, lang)}</dd>
        <dd class="stat-note">{t('feedback.gain.hakeNote')}</dd>
      </div>
    </dl>
  );
}

export function Distribution(p: { t: Translator; lang: Lang; gain: EventKnowledgeGain }) {
  const { t, gain } = p;
  const most = Math.max(1, ...gain.distribution.map((d) => Math.max(d.pre, d.post)));
  return (
    <div class="table-wrap">
      <table class="data distribution">
        <caption id="distribution-caption">{t('feedback.gain.distribution')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedback.gain.score')}</th>
            <th scope="col">{t('feedback.gain.before')}</th>
            <th scope="col">{t('feedback.gain.after')}</th>
          </tr>
        </thead>
        <tbody>
          {gain.distribution.map((d) => (
            <tr>
              <th scope="row">{t('feedback.gain.scoreOf', { score: d.score, max: gain.maxScore })}</th>
              <td>
                <span class="count">{d.pre}</span> <Bar value={d.pre / most} />
              </td>
              <td>
                <span class="count">{d.post}</span> <Bar value={d.post / most} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Difficulty(p: { t: Translator; lang: Lang; gain: EventKnowledgeGain }) {
  const { t, lang } = p;
  return (
    <div class="table-wrap">
      <table class="data difficulty">
        <caption id="difficulty-caption">{t('feedback.gain.difficulty')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('feedback.gain.question')}</th>
            <th scope="col" class="number">
              {t('feedback.gain.rightBefore')}
            </th>
            <th scope="col" class="number">
              {t('feedback.gain.rightAfter')}
            </th>
            <th scope="col" class="number">
              {t('feedback.gain.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {p.gain.questions.map((q, i) => (
            <tr>
              <td>{i + 1}</td>
              <th scope="row">
                <Bi value={q.question.prompt} lang={lang} />
              </th>
              <td class="number">
                {share(q.pre.p, lang)}{' '}
                <span class="hint">
                  ({q.pre.correct}/{q.pre.n})
                </span>
              </td>
              <td class="number">
                {share(q.post.p, lang)}{' '}
                <span class="hint">
                  ({q.post.correct}/{q.post.n})
                </span>
              </td>
              <td class="number">
                {q.pre.p === null || q.post.p === null ? '–' : points((q.post.p - q.pre.p) * 100, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
