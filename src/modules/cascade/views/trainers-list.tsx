import { type Lang, text } from '../../../lib/bilingual.js';
import { PageHeader, SelectField } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { provinceName } from '../../places/index.js';
import type { ListedTrainer } from '../trainers-queries.js';
import { basisLabel, Place, Source, Status, topicLabel } from './trainers-parts.js';

export interface TrainersFilterValues {
  programme: string;
  province: string;
  city: string;
  topic: string;
  status: string;
}

interface Props {
  t: Translator;
  lang: Lang;
  programmes: { slug: string; title: { en: string; zh: string } }[];
  cities: { id: string; slug: string; province: string; name: { en: string; zh: string } }[];
  topics: readonly string[];
  filter: TrainersFilterValues;
  items: ListedTrainer[];
}

/** A programme's trainers, filtered by place, topic and status; a table that becomes cards on a phone. */
export function TrainersListPage(p: Props) {
  const { t, lang, filter } = p;
  const provinces = [...new Set(p.cities.map((c) => c.province))].sort();
  const cities = p.cities.filter((c) => !filter.province || c.province === filter.province);
  return (
    <div class="wrap trainers">
      <PageHeader title={t('cascade.trainers.title')} lead={t('cascade.trainers.lead')} />
      <form class="filters" method="get" action={href(lang, '/trainers')}>
        <SelectField
          t={t}
          name="programme"
          label={t('cascade.trainers.filter.programme')}
          value={filter.programme}
          required
          options={p.programmes.map((x) => ({ value: x.slug, label: text(x.title, lang) }))}
        />
        <SelectField
          t={t}
          name="province"
          label={t('cascade.trainers.filter.province')}
          value={filter.province}
          empty={t('cascade.trainers.filter.any')}
          options={provinces.map((x) => ({ value: x, label: text(provinceName(x), lang) }))}
        />
        <SelectField
          t={t}
          name="city"
          label={t('cascade.trainers.filter.city')}
          value={filter.city}
          empty={t('cascade.trainers.filter.any')}
          options={cities.map((c) => ({ value: c.slug, label: text(c.name, lang) }))}
        />
        <SelectField
          t={t}
          name="topic"
          label={t('cascade.trainers.filter.topic')}
          hint={t('cascade.trainers.filter.topicHint')}
          value={filter.topic}
          empty={t('cascade.trainers.filter.any')}
          options={p.topics.map((x) => ({ value: x, label: topicLabel(t, x) }))}
        />
        <SelectField
          t={t}
          name="status"
          label={t('cascade.trainers.filter.status')}
          value={filter.status}
          required
          options={(['active', 'revoked', 'all'] as const).map((x) => ({
            value: x,
            label: t(`cascade.trainers.status.${x}`),
          }))}
        />
        <div class="filter-actions">
          <button type="submit">{t('cascade.trainers.filter.apply')}</button>
        </div>
      </form>
      <p class="result-count" role="status">
        {t('cascade.trainers.count', { n: p.items.length })}
      </p>
      {p.items.length ? (
        <TrainersTable t={t} lang={lang} items={p.items} />
      ) : (
        <p>{t('cascade.trainers.none')}</p>
      )}
    </div>
  );
}

function TrainersTable(p: { t: Translator; lang: Lang; items: ListedTrainer[] }) {
  const { t, lang } = p;
  const col = (k: 'name' | 'level' | 'basis' | 'place' | 'topics' | 'source' | 'sessions' | 'status') =>
    t(`cascade.trainers.col.${k}`);
  return (
    <div class="table-wrap">
      <table class="table cards-on-phone">
        <caption class="visually-hidden">{t('cascade.trainers.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{col('name')}</th>
            <th scope="col">{col('level')}</th>
            <th scope="col">{col('basis')}</th>
            <th scope="col">{col('place')}</th>
            <th scope="col">{col('topics')}</th>
            <th scope="col">{col('source')}</th>
            <th scope="col">{col('sessions')}</th>
            <th scope="col">{col('status')}</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((r) => (
            <tr>
              <th scope="row" data-label={col('name')}>
                {r.trainer.name}
              </th>
              <td data-label={col('level')}>{r.trainer.level}</td>
              <td data-label={col('basis')}>{basisLabel(t, r.trainer.basis)}</td>
              <td data-label={col('place')}>
                <Place lang={lang} r={r} />
              </td>
              <td data-label={col('topics')}>{r.topics.map((x) => topicLabel(t, x)).join(', ') || '—'}</td>
              <td data-label={col('source')}>
                <a href={href(lang, `/events/${r.source.id}`)}>
                  <Source lang={lang} r={r} />
                </a>
              </td>
              <td data-label={col('sessions')}>{Number(r.sessions)}</td>
              <td data-label={col('status')}>
                <Status t={t} lang={lang} r={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
