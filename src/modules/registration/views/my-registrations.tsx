import type { Lang } from '../../../lib/bilingual.js';
import { Bi, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { datesOf } from '../../events/index.js';
import type { EventRow } from '../access.js';
import type { ListedRegistration } from '../queries.js';
import { num, RegStatus } from './parts.js';

export function MyRegistrationsPage(p: {
  t: Translator;
  lang: Lang;
  rows: { registration: ListedRegistration; event: EventRow; key: string }[];
}) {
  const { t, lang } = p;
  return (
    <div class="wrap">
      <PageHeader
        title={t('registration.mine.title')}
        crumbs={[{ href: href(lang, '/account'), label: t('accounts.profile.title') }]}
      />
      {p.rows.length ? (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('registration.mine.event')}</th>
                <th scope="col">{t('events.field.dates')}</th>
                <th scope="col">{t('registration.page.status')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map(({ registration: r, event: e, key }) => (
                <tr>
                  <th scope="row">
                    <a href={href(lang, `/registration/${key}`)}>
                      <Bi value={e.title} lang={lang} />
                    </a>
                  </th>
                  <td>{datesOf(e, lang)}</td>
                  <td>
                    <RegStatus t={t} status={r.status} />
                    {r.position
                      ? ` ${t('registration.list.positionShort', { position: num(r.position, lang) })}`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('registration.mine.none')}</p>
      )}
      <p>
        <a href={href(lang, '/events')}>{t('registration.mine.findEvents')}</a>
      </p>
    </div>
  );
}
