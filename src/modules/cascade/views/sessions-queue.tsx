import type { Lang } from '../../../lib/bilingual.js';
import { formatDate, formatNumber } from '../../../lib/dates.js';
import { Bi, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { datesOf } from '../../events/index.js';
import { VERIFICATION_STATES, type VerificationState } from '../schema.js';
import type { QueueRow } from '../sessions-queue.js';

/** The verification queue: a filter by state and one row (a card on a phone) per session. */
export function QueuePage(p: { t: Translator; lang: Lang; rows: QueueRow[]; state?: VerificationState }) {
  const { t, lang } = p;
  const action = href(lang, '/sessions/verification');
  return (
    <div class="wrap">
      <PageHeader title={t('sessions.queue.title')} lead={t('sessions.queue.lead')} />
      <form method="get" action={action} class="filters">
        <div class="field">
          <label for="queue-state">{t('sessions.queue.state')}</label>
          <select id="queue-state" name="state">
            <option value="">{t('common.all')}</option>
            {VERIFICATION_STATES.map((s) => (
              <option value={s} selected={p.state === s}>
                {t(`sessions.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="button">
            {t('common.filter')}
          </button>
        </div>
      </form>
      {p.rows.length === 0 ? (
        <p class="empty">{t('sessions.queue.none')}</p>
      ) : (
        <table class="cards-on-phone">
          <thead>
            <tr>
              <th scope="col">{t('sessions.queue.session')}</th>
              <th scope="col">{t('sessions.queue.when')}</th>
              <th scope="col">{t('sessions.queue.place')}</th>
              <th scope="col">{t('sessions.fact.trainer')}</th>
              <th scope="col">{t('sessions.fact.named')}</th>
              <th scope="col">{t('sessions.fact.claimed')}</th>
              <th scope="col">{t('sessions.fact.verification')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <td data-label={t('sessions.queue.session')}>
                  <a href={href(lang, `/events/${r.id}`)}>
                    <Bi value={r.title} lang={lang} />
                  </a>
                </td>
                <td data-label={t('sessions.queue.when')}>{datesOf(r, lang)}</td>
                <td data-label={t('sessions.queue.place')}>
                  <Bi value={r.city} lang={lang} />
                </td>
                <td data-label={t('sessions.fact.trainer')}>{r.trainer}</td>
                <td data-label={t('sessions.fact.named')}>{formatNumber(Number(r.named), lang)}</td>
                <td data-label={t('sessions.fact.claimed')}>
                  {r.claimed === null ? '—' : formatNumber(r.claimed, lang)}
                </td>
                <td data-label={t('sessions.fact.verification')}>
                  <span class={`badge verification-${r.verification}`}>
                    {t(`sessions.state.${r.verification}`)}
                  </span>
                  {r.lastStep === 'answered' && r.lastAt ? (
                    <span class="hint">
                      {' '}
                      {t('sessions.queue.answered', { date: formatDate(r.lastAt.slice(0, 10), lang) })}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
