import type { Actor } from '../../../lib/actor.js';
import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { seesEveryRegister } from '../access.js';
import { paths, Text } from './parts.js';

/** The registers a user may open: for officials and experts those shared with them, for staff all. */
export function RegisterIndex(p: {
  t: Translator;
  lang: Lang;
  user: Actor;
  registers: { id: string; name: Bilingual; rights: number }[];
}) {
  const { t, lang, user } = p;
  const empty =
    user.role === 'sme'
      ? t('ip.register.noOrganisation')
      : seesEveryRegister(user)
        ? t('ip.register.noneYet')
        : user.role === 'official' || user.role === 'expert'
          ? t('ip.register.noneShared')
          : t('ip.register.notForRole');
  return (
    <div class="wrap">
      <PageHeader
        title={t('ip.register.title')}
        lead={t('ip.register.lead')}
        crumbs={[{ href: href(lang, paths.toolkit), label: t('ip.toolkit.title') }]}
      />
      {p.registers.length ? (
        <ul class="cards ip-register-cards">
          {p.registers.map((r) => (
            <li class="card">
              <h2>
                <a href={href(lang, paths.portfolio(r.id))}>
                  <Text value={r.name} lang={lang} />
                </a>
              </h2>
              <p class="meta">{t('ip.register.rightsCount', { count: formatNumber(r.rights, lang) })}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="notice info">{empty}</p>
      )}
    </div>
  );
}
