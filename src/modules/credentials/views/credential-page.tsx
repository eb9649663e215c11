import type { Lang } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { PLATFORM_NAME } from '../published.js';
import type { ChainLink } from '../queries.js';
import { BASE } from '../urls.js';
import type { Verified } from '../verify.js';

const day = (d: Date, lang: Lang) => formatDate(d.toISOString().slice(0, 10), lang);

/** What a stored credential says, and whether it is in force. */
export function Facts(p: { t: Translator; lang: Lang; link: ChainLink }) {
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

/** The verdict: genuine and in force, or each problem in words. */
export function Verdict(p: { t: Translator; result: Verified }) {
  const { t } = p;
  return p.result.verified ? (
    <Notice kind="success">{t('credentials.verified')}</Notice>
  ) : (
    <Notice kind="warning">
      {t('credentials.notVerified')}
      <ul>
        {p.result.problems.map((code) => (
          <li>{t(`credentials.problem.${code}`)}</li>
        ))}
      </ul>
    </Notice>
  );
}

/** The credentials of whoever assessed this one, up to the national training, each checked. */
export function Sources(p: { t: Translator; lang: Lang; sources: ChainLink[] }) {
  const { t, lang } = p;
  if (!p.sources.length) return null;
  return (
    <section aria-labelledby="credential-source-h">
      <h2 id="credential-source-h">{t('credentials.source')}</h2>
      <p>{t('credentials.source.lead')}</p>
      <ol class="credential-chain">
        {p.sources.map((link) => (
          <li>
            <a href={href(lang, `/credentials/${link.credential.id}`)}>
              {link.credential.achievement[lang] || link.credential.achievement.en}
            </a>
            <Facts t={t} lang={lang} link={link} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The public page of a credential: whether it verifies, what it says, and the chain of its sources. */
export function CredentialPage(p: { t: Translator; lang: Lang; chain: ChainLink[] }) {
  const { t, lang } = p;
  const [first, ...sources] = p.chain;
  if (!first) return null;
  const c = first.credential;
  return (
    <div class="wrap narrow verify">
      <PageHeader title={t('credentials.title')} lead={t('credentials.lead')} />
      <Verdict t={t} result={first.result} />
      <Facts t={t} lang={lang} link={first} />
      <p>
        <a href={`${BASE}/${c.id}/download`} download={`credential-${c.id}.json`}>
          {t('credentials.download')}
        </a>{' '}
        · <a href={`${BASE}/${c.id}`}>{t('credentials.json')}</a> ·{' '}
        <a href={href(lang, '/credentials/verify')}>{t('credentials.check.link')}</a>
      </p>
      <Sources t={t} lang={lang} sources={sources} />
    </div>
  );
}
