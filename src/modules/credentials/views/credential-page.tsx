import type { Lang } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { PLATFORM_NAME } from '../published.js';
import type { ChainLink } from '../queries.js';
import { BASE } from '../urls.js';

const day = (d: Date, lang: Lang) => formatDate(d.toISOString().slice(0, 10), lang);

function Facts(p: { t: Translator; lang: Lang; link: ChainLink }) {
  const { t, lang } = p;
  const c = p.link.credential;
  return (
    <dl class="facts">
      <dt>{t('credentials.status')}</dt>
      <dd>
        {c.revokedAt
          ? t('credentials.status.revoked', { date: day(c.revokedAt, lang) })
          : p.link.result.verified
            ? t('credentials.status.valid')
            : t('credentials.notVerified')}
      </dd>
      <dt>{t('credentials.subject')}</dt>
      <dd>{c.subjectName}</dd>
      <dt>{t('credentials.achievement')}</dt>
      <dd>{c.achievement[lang] || c.achievement.en}</dd>
      <dt>{t('credentials.issuer')}</dt>
      <dd>{PLATFORM_NAME[lang]}</dd>
      <dt>{t('credentials.issued')}</dt>
      <dd>{day(c.issuedAt, lang)}</dd>
    </dl>
  );
}

/** The public page of a credential: whether it verifies, what it says, and the chain of its sources. */
export function CredentialPage(p: { t: Translator; lang: Lang; chain: ChainLink[] }) {
  const { t, lang } = p;
  const [first, ...sources] = p.chain;
  if (!first) return null;
  const c = first.credential;
  const problems = first.result.problems;
  return (
    <div class="wrap narrow verify">
      <PageHeader title={t('credentials.title')} lead={t('credentials.lead')} />
      {first.result.verified ? (
        <Notice kind="success">{t('credentials.verified')}</Notice>
      ) : (
        <Notice kind="warning">
          {t('credentials.notVerified')}
          <ul>
            {problems.map((code) => (
              <li>{t(`credentials.problem.${code}`)}</li>
            ))}
          </ul>
        </Notice>
      )}
      <Facts t={t} lang={lang} link={first} />
      <p>
        <a href={`${BASE}/${c.id}/download`} download={`credential-${c.id}.json`}>
          {t('credentials.download')}
        </a>{' '}
        · <a href={`${BASE}/${c.id}`}>{t('credentials.json')}</a>
      </p>
      {sources.length ? (
        <section>
          <h2>{t('credentials.source')}</h2>
          <p>{t('credentials.source.lead')}</p>
          <ol class="credential-chain">
            {sources.map((link) => (
              <li>
                <a href={href(lang, `/credentials/${link.credential.id}`)}>
                  {link.credential.achievement[lang] || link.credential.achievement.en}
                </a>
                <Facts t={t} lang={lang} link={link} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
