import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { OrganisationRef } from '../queries.js';
import { paths, Text } from './parts.js';

/** The personal calendar feed: make a secret link (shown once), replace it, or switch it off. */
export function CalendarPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  org: OrganisationRef;
  current: { createdAt: Date; lastUsedAt: Date | null } | null;
  /** The new link, only right after it was made. */
  link?: string;
  notice?: string;
}) {
  const { t, lang, org } = p;
  const action = href(lang, paths.calendar(org.id));
  return (
    <div class="wrap narrow ip-register">
      <PageHeader
        title={t('ip.feed.title')}
        lead={<Text value={org.name} lang={lang} />}
        crumbs={[
          { href: href(lang, paths.index), label: t('ip.register.title') },
          { href: href(lang, paths.portfolio(org.id)), label: t('ip.portfolio.title') },
        ]}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p>{t('ip.feed.lead')}</p>
      {p.link ? (
        <div class="notice success ip-feed-link" role="status">
          <p>{t('ip.feed.shownOnce')}</p>
          <div class="field">
            <label for="ip-feed-url">{t('ip.feed.url')}</label>
            <input id="ip-feed-url" type="text" readonly value={p.link} />
          </div>
          <p>
            <a href={p.link} download="ip-deadlines.ics">
              {t('ip.feed.download')}
            </a>
          </p>
        </div>
      ) : p.current ? (
        <p>
          {t('ip.feed.active', { date: formatDateTime(p.current.createdAt, lang, { time: false }) })}{' '}
          {p.current.lastUsedAt
            ? t('ip.feed.lastUsed', { date: formatDateTime(p.current.lastUsedAt, lang) })
            : t('ip.feed.neverUsed')}
        </p>
      ) : (
        <p>{t('ip.feed.noLink')}</p>
      )}
      <div class="actions">
        <form method="post" action={action} class="inline">
          <HiddenFormFields csrfToken={p.csrfToken} />
          <input type="hidden" name="action" value="create" />
          <button type="submit" class="button primary">
            {p.current || p.link ? t('ip.feed.replace') : t('ip.feed.create')}
          </button>
        </form>
        {p.current || p.link ? (
          <form method="post" action={action} class="inline">
            <HiddenFormFields csrfToken={p.csrfToken} />
            <input type="hidden" name="action" value="revoke" />
            <button type="submit" class="warning">
              {t('ip.feed.revoke')}
            </button>
          </form>
        ) : null}
      </div>
      <p class="hint">{t('ip.feed.privacy')}</p>
    </div>
  );
}
