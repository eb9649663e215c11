import { type Lang, text } from '../../../lib/bilingual.js';
import { formatDate, formatDateRange } from '../../../lib/dates.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { provinceName } from '../../places/index.js';
import type { ListedTrainer } from '../trainers-queries.js';

export const basisLabel = (t: Translator, basis: string) =>
  t(`cascade.trainers.basis.${basis}` as MessageKey);
export const topicLabel = (t: Translator, topic: string) => t(`library.topic.${topic}` as MessageKey);

export function Place(p: { lang: Lang; r: ListedTrainer }) {
  return (
    <>
      {text(p.r.city, p.lang)}, {text(provinceName(p.r.trainer.province), p.lang)}
    </>
  );
}

export function Source(p: { lang: Lang; r: ListedTrainer }) {
  const s = p.r.source;
  return (
    <>
      {text(s.title, p.lang)}{' '}
      <span class="meta nowrap">({formatDateRange(s.startDate, s.endDate, s.datePrecision, p.lang)})</span>
    </>
  );
}

export function Status(p: { t: Translator; lang: Lang; r: ListedTrainer }) {
  const tr = p.r.trainer;
  if (!tr.revokedAt)
    return <span class="badge status-published">{p.t('cascade.trainers.status.active')}</span>;
  return (
    <>
      <span class="badge status-cancelled">{p.t('cascade.trainers.status.revoked')}</span>{' '}
      <span class="meta">
        {p.t('cascade.trainers.revokedOn', {
          date: formatDate(tr.revokedAt.toISOString().slice(0, 10), p.lang),
          reason: tr.revokedReason,
        })}
      </span>
    </>
  );
}

/** One trainer certificate as a card (the trainer's own page, phones). */
export function TrainerCard(p: { t: Translator; lang: Lang; r: ListedTrainer; credentialHref?: string }) {
  const { t, lang, r } = p;
  return (
    <li>
      <article class="card">
        <h2>{text(r.programme.title, lang)}</h2>
        <p>
          <Status t={t} lang={lang} r={r} />
        </p>
        <ul class="plain facts-list">
          <li>{t('cascade.trainers.level', { level: r.trainer.level })}</li>
          <li>{basisLabel(t, r.trainer.basis)}</li>
          <li>
            {t('cascade.trainers.col.source')}: <Source lang={lang} r={r} />
          </li>
          <li>
            {t('cascade.trainers.col.place')}: <Place lang={lang} r={r} />
          </li>
          <li>
            {t('cascade.trainers.certifiedOn', {
              date: formatDate(r.trainer.createdAt.toISOString().slice(0, 10), lang),
            })}
          </li>
          <li>{t('cascade.trainers.sessionsRun', { n: Number(r.sessions) })}</li>
          {p.credentialHref ? (
            <li>
              <a href={p.credentialHref}>{t('cascade.trainers.credential')}</a>
            </li>
          ) : null}
        </ul>
      </article>
    </li>
  );
}
