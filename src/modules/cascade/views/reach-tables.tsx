import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import type { Translator } from '../../../web/i18n/index.js';
import { provinceName } from '../../places/index.js';
import type { Reach, ReachDimension, ReachRow } from '../reach.js';

/** How a breakdown row is named in the reader's language. */
export function rowName(t: Translator, lang: Lang, dim: ReachDimension, r: ReachRow): string {
  if (r.key === null) return t('reach.notRecorded');
  if (dim === 'city') return r.label ? text(r.label, lang) : r.key;
  if (dim === 'province') return text(provinceName(r.key), lang);
  if (dim === 'year') return lang === 'zh' ? `${r.key}年` : r.key;
  if (dim === 'level') return t('reach.level.n', { level: r.key });
  if (dim === 'sex') return r.key === 'female' ? t('reach.sex.female') : t('reach.sex.male');
  return r.key;
}

export function LevelsTable(p: { t: Translator; lang: Lang; reach: Reach }) {
  const { t, lang } = p;
  return (
    <table class="table cards-on-phone">
      <caption>{t('reach.levels')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reach.col.level')}</th>
          <th scope="col" class="num">
            {t('reach.col.events')}
          </th>
          <th scope="col" class="num">
            {t('reach.col.people')}
          </th>
        </tr>
      </thead>
      <tbody>
        {p.reach.levels.map((l) => (
          <tr>
            <th scope="row">{l.level === 0 ? t('reach.level.0') : t('reach.level.n', { level: l.level })}</th>
            <td class="num" data-label={t('reach.col.events')}>
              {formatNumber(l.events, lang)}
            </td>
            <td class="num" data-label={t('reach.col.people')}>
              {formatNumber(l.people, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const BY_SESSION: ReachDimension[] = ['city', 'province', 'year', 'level'];

export function BreakdownTable(p: { t: Translator; lang: Lang; dim: ReachDimension; rows: ReachRow[] }) {
  const { t, lang, dim } = p;
  const n = (x: number) => formatNumber(x, lang);
  const claims = BY_SESSION.includes(dim);
  const cols = [
    t('reach.col.sessions'),
    t('reach.col.verifiedSessions'),
    t('reach.col.people'),
    t('reach.col.peopleVerified'),
    t('reach.col.organisations'),
    t('reach.col.smes'),
    ...(claims ? [t('reach.col.claimed')] : []),
  ];
  return (
    <div class="table-wrap">
      <table class="table cards-on-phone reach-breakdown">
        <caption>{t(`reach.by.${dim}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`reach.dim.${dim}`)}</th>
            {cols.map((c) => (
              <th scope="col" class="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => {
            const cells = [
              r.sessions,
              r.verifiedSessions,
              r.people.distinct,
              r.people.verified,
              r.organisations.distinct,
              r.smes.distinct,
              ...(claims ? [r.claimedBeyondNamed ?? 0] : []),
            ];
            return (
              <tr>
                <th scope="row">{rowName(t, lang, dim, r)}</th>
                {cells.map((v, i) => (
                  <td class="num" data-label={cols[i]}>
                    {n(v)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
