import { type Lang, text } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { Bi, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { Programme } from '../programme-queries.js';
import { yearSpan } from './programme-page.js';

export interface ProgrammeListProps {
  t: Translator;
  lang: Lang;
  rows: { programme: Programme; events: number }[];
  canManage: boolean;
}

export function ProgrammeList(p: ProgrammeListProps) {
  const { t, lang } = p;
  return (
    <div class="wrap">
      <PageHeader
        title={t('events.programmes.title')}
        lead={t('events.programmes.lead')}
        crumbs={[{ href: href(lang, '/events'), label: t('events.calendar.title') }]}
        actions={
          p.canManage ? (
            <a class="button primary" href={href(lang, '/programmes/new')}>
              {t('events.programme.new')}
            </a>
          ) : null
        }
      />
      {p.rows.length === 0 ? (
        <p>{t('events.programmes.none')}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('events.field.programme')}</th>
              <th scope="col">{t('events.programme.years')}</th>
              <th scope="col" class="num">
                {t('events.programme.eventCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map(({ programme: pr, events }) => (
              <tr>
                <th scope="row">
                  <a href={href(lang, `/programmes/${pr.slug}`)}>
                    <Bi value={pr.title} lang={lang} />
                  </a>
                  {text(pr.description, lang) ? (
                    <p class="hint">{text(pr.description, lang).split('\n')[0]!.slice(0, 240)}</p>
                  ) : null}
                </th>
                <td>{yearSpan(t, { from: pr.startYear, to: pr.endYear })}</td>
                <td class="num">{formatNumber(events, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
