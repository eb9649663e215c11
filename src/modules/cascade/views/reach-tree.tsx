import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate, formatNumber } from '../../../lib/dates.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { TreeRoot, TreeSession, TreeTrainer } from '../reach-tree.js';

type P = { t: Translator; lang: Lang };

/** The lineage as nested disclosures: it opens and closes without a script. */
export function ReachTree(p: P & { roots: TreeRoot[] }) {
  const { t, lang } = p;
  if (!p.roots.length) return <p>{t('reach.tree.empty')}</p>;
  return (
    <ul class="reach-tree">
      {p.roots.map((r) => (
        <li>
          <details open={p.roots.length === 1}>
            <summary>
              <span class="reach-kind">
                {r.kind === 'training' ? t('reach.tree.training') : t('reach.tree.elsewhere')}
              </span>{' '}
              <a href={href(lang, `/events/${r.id}`)}>{text(r.title, lang)}</a>{' '}
              <span class="hint">
                {text(r.city, lang)} · {formatDate(r.date, lang)} ·{' '}
                {t('reach.tree.trainers', { count: formatNumber(r.trainers.length, lang) })}
              </span>
            </summary>
            <Trainers {...p} trainers={r.trainers} />
          </details>
        </li>
      ))}
    </ul>
  );
}

function Trainers(p: P & { trainers: TreeTrainer[] }) {
  const { t, lang } = p;
  return (
    <ul>
      {p.trainers.map((tr) => (
        <li>
          <details>
            <summary>
              <strong>{tr.name}</strong>{' '}
              <span class="hint">
                {t('reach.tree.trainer', { level: tr.level, city: text(tr.city, lang) })}
                {tr.revoked ? ` · ${t('reach.tree.revoked')}` : ''} ·{' '}
                {t('reach.tree.sessions', { count: formatNumber(tr.sessions.length, lang) })}
              </span>
            </summary>
            {tr.sessions.length ? (
              <ul>
                {tr.sessions.map((s) => (
                  <Session {...p} s={s} />
                ))}
              </ul>
            ) : (
              <p class="hint">{t('reach.tree.noSessions')}</p>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}

function Session(p: P & { s: TreeSession }) {
  const { t, lang, s } = p;
  const n = (x: number) => formatNumber(x, lang);
  return (
    <li>
      <details>
        <summary>
          <a href={href(lang, `/events/${s.id}`)}>{text(s.title, lang)}</a>{' '}
          <span class="hint">
            {text(s.city, lang)} · {formatDate(s.date, lang)} · {t('reach.tree.named', { count: n(s.named) })}
            {s.claimed === null ? '' : ` · ${t('reach.tree.claimed', { count: n(s.claimed) })}`}
          </span>{' '}
          <span class={`badge verification-${s.verification}`}>
            {t(`reach.verification.${s.verification}`)}
          </span>
        </summary>
        <p class="hint">
          {t('reach.tree.organisations', { count: n(s.organisationCount) })}
          {s.withoutOrganisation
            ? ` · ${t('reach.tree.withoutOrganisation', { count: n(s.withoutOrganisation) })}`
            : ''}
        </p>
        {s.organisations.length ? (
          <ul class="reach-orgs">
            {s.organisations.map((o) => (
              <li>
                {o.name} <span class="hint">{t('reach.tree.people', { count: n(o.people) })}</span>
                {o.sme ? <span class="badge">{t('reach.tree.sme')}</span> : null}
              </li>
            ))}
            {s.organisationCount > s.organisations.length ? (
              <li class="hint">
                {t('reach.tree.more', { count: n(s.organisationCount - s.organisations.length) })}
              </li>
            ) : null}
          </ul>
        ) : null}
        {s.trainers.length ? (
          <>
            <p class="reach-next">{t('reach.tree.next')}</p>
            <Trainers {...p} trainers={s.trainers} />
          </>
        ) : null}
      </details>
    </li>
  );
}
