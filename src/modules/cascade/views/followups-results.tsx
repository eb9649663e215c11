import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate, formatNumber } from '../../../lib/dates.js';
import { Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { City } from '../../places/index.js';
import { FOLLOW_UP_USES } from '../followups-answer.js';
import { type FollowUpCounts, type FollowUpRow, percent, totalOf } from '../followups-results.js';
import type { ProgrammeChoice } from '../logframe-programmes.js';
import type { FollowUpAnswers } from '../schema.js';

export interface ResultsProps {
  t: Translator;
  lang: Lang;
  programmes: ProgrammeChoice[];
  programme: ProgrammeChoice | null;
  cities: City[];
  cityId?: string;
  eventId?: string;
  rows: FollowUpRow[];
  answers: { months: number; answers: FollowUpAnswers }[] | null;
}

const rate = (c: FollowUpCounts, lang: Lang) => {
  const p = percent(c.answered, c.sent);
  return p === null ? '—' : `${formatNumber(p, lang)}%`;
};

function Counts(p: { t: Translator; lang: Lang; c: FollowUpCounts }) {
  const { t, lang, c } = p;
  return (
    <>
      <td data-label={t('cascade.followup.results.sent')}>{formatNumber(c.sent, lang)}</td>
      <td data-label={t('cascade.followup.results.answered')}>{formatNumber(c.answered, lang)}</td>
      <td data-label={t('cascade.followup.results.rate')}>{rate(c, lang)}</td>
      <td data-label={t('cascade.followup.results.anyUse')}>{formatNumber(c.anyUse, lang)}</td>
      {FOLLOW_UP_USES.map((u) => (
        <td data-label={t(`cascade.followup.use.${u}`)}>{formatNumber(c.uses[u], lang)}</td>
      ))}
      <td data-label={t('cascade.followup.results.optedOut')}>{formatNumber(c.optedOut, lang)}</td>
    </>
  );
}

function Filters(p: ResultsProps) {
  const { t, lang } = p;
  return (
    <form method="get" class="filters no-print">
      <div class="field">
        <label for="f-programme">{t('cascade.followup.results.programme')}</label>
        <select id="f-programme" name="programme">
          {p.programmes.map((x) => (
            <option value={x.slug} selected={x.id === p.programme?.id}>
              {text(x.title, lang)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-city">{t('cascade.followup.results.city')}</label>
        <select id="f-city" name="city">
          <option value="">{t('cascade.followup.results.all')}</option>
          {p.cities.map((c) => (
            <option value={c.id} selected={c.id === p.cityId}>
              {text(c.name as Bilingual, lang)}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="submit" class="button primary">
          {t('cascade.followup.results.show')}
        </button>
      </div>
    </form>
  );
}

/** Follow-up results per event and wave, with the answers of one session when one is chosen. */
export function FollowUpResultsPage(p: ResultsProps) {
  const { t, lang } = p;
  const link = (eventId: string) =>
    `${href(lang, '/reports/follow-ups')}?${new URLSearchParams({
      programme: p.programme?.slug ?? '',
      ...(p.cityId ? { city: p.cityId } : {}),
      session: eventId,
    })}`;
  return (
    <div class="wrap">
      <PageHeader title={t('cascade.followup.results.title')} lead={t('cascade.followup.results.lead')} />
      <Filters {...p} />
      {p.rows.length === 0 ? (
        <Notice>{t('cascade.followup.results.none')}</Notice>
      ) : (
        <section class="table-wrap" tabindex={0} aria-label={t('cascade.followup.results.title')}>
          <table class="table cards-on-phone">
            <thead>
              <tr>
                <th scope="col">{t('cascade.followup.results.event')}</th>
                <th scope="col">{t('cascade.followup.results.wave')}</th>
                <th scope="col">{t('cascade.followup.results.sent')}</th>
                <th scope="col">{t('cascade.followup.results.answered')}</th>
                <th scope="col">{t('cascade.followup.results.rate')}</th>
                <th scope="col">{t('cascade.followup.results.anyUse')}</th>
                {FOLLOW_UP_USES.map((u) => (
                  <th scope="col">{t(`cascade.followup.use.${u}`)}</th>
                ))}
                <th scope="col">{t('cascade.followup.results.optedOut')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <th scope="row" data-label={t('cascade.followup.results.event')}>
                    <a href={link(r.eventId)}>{text(r.title, lang)}</a> ({formatDate(r.startDate, lang)})
                  </th>
                  <td data-label={t('cascade.followup.results.wave')}>{r.months}</td>
                  <Counts t={t} lang={lang} c={r} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              {[3, 6].map((m) => (
                <tr>
                  <th scope="row">{t('cascade.followup.results.total')}</th>
                  <td data-label={t('cascade.followup.results.wave')}>{m}</td>
                  <Counts t={t} lang={lang} c={totalOf(p.rows, m)} />
                </tr>
              ))}
            </tfoot>
          </table>
        </section>
      )}
      {p.answers ? <Answers t={t} lang={lang} answers={p.answers} /> : null}
    </div>
  );
}

function Answers(p: { t: Translator; lang: Lang; answers: { months: number; answers: FollowUpAnswers }[] }) {
  const { t } = p;
  return (
    <section id="answers">
      <h2>{t('cascade.followup.results.answers')}</h2>
      {p.answers.length === 0 ? <p>{t('cascade.followup.results.noAnswers')}</p> : null}
      <ul class="link-list">
        {p.answers.map(({ months, answers: a }) => (
          <li>
            <strong>
              {t('cascade.followup.results.wave')}: {months}
            </strong>
            <p>
              {FOLLOW_UP_USES.filter((u) => a[u] === true)
                .map((u) => t(`cascade.followup.use.${u}`))
                .join(' · ') || '—'}
            </p>
            {a.outcome ? <p>{String(a.outcome)}</p> : null}
            {a.trademarks !== undefined || a.patents !== undefined ? (
              <p class="hint">
                {t('cascade.followup.results.numbers', {
                  trademarks: String(a.trademarks ?? '—'),
                  patents: String(a.patents ?? '—'),
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
