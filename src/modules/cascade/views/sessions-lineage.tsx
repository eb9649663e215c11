import type { Child } from 'hono/jsx';
import { type Lang, text } from '../../../lib/bilingual.js';
import { formatDateRange, formatNumber } from '../../../lib/dates.js';
import { Bi } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { datesOf } from '../../events/index.js';
import type { childrenOf, LineageStep } from '../sessions-queries.js';

/** Fills a sentence's `{placeholders}` with parts that may be markup (escaped as JSX always is). */
export function sentence(template: string, parts: Record<string, Child>): Child[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = piece.match(/^\{(\w+)\}$/)?.[1];
    return name && name in parts ? parts[name] : piece;
  });
}

/** "IP management training, Qingdao, June 2010": an event as the lineage names it. */
export const stepLabel = (s: LineageStep, lang: Lang) =>
  [text(s.title, lang), text(s.city, lang), formatDateRange(s.startDate, s.startDate, 'month', lang)].join(
    lang === 'zh' ? '，' : ', ',
  );

/**
 * What a local session's page says first: that it is one, where it was cascaded from and by whom,
 * and, below the first tier, the whole chain up to the national training.
 */
export function LineageBox(p: { t: Translator; lang: Lang; steps: LineageStep[] }) {
  const { t, lang, steps } = p;
  const self = steps.at(-1)!;
  const parent = steps.at(-2);
  return (
    <section class="lineage notice info" aria-label={t('sessions.lineage.label')}>
      <p>
        <span class="badge kind-local">{t('events.kind.local')}</span>{' '}
        {parent
          ? sentence(t('sessions.lineage.from'), {
              parent: <a href={href(lang, `/events/${parent.id}`)}>{stepLabel(parent, lang)}</a>,
              trainer: <strong>{self.trainer ?? ''}</strong>,
            })
          : null}
      </p>
      {steps.length > 2 ? (
        <>
          <p class="lineage-chain-label">{t('sessions.lineage.chain')}</p>
          <ol class="lineage-chain">
            {steps.map((s, i) => (
              <li aria-current={i === steps.length - 1 ? 'page' : undefined}>
                {i === steps.length - 1 ? (
                  stepLabel(s, lang)
                ) : (
                  <a href={href(lang, `/events/${s.id}`)}>{stepLabel(s, lang)}</a>
                )}
                {s.trainer ? <> ({t('sessions.lineage.by', { trainer: s.trainer })})</> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

type Child_ = Awaited<ReturnType<typeof childrenOf>>[number];

/** The local sessions cascaded from an event, and the way to add one for those who may. */
export function ChildrenList(p: { t: Translator; lang: Lang; rows: Child_[]; newHref: string | null }) {
  const { t, lang } = p;
  return (
    <section class="local-sessions" aria-labelledby="local-sessions">
      <h2 id="local-sessions">{t('sessions.children.heading')}</h2>
      <p>
        {p.rows.length
          ? t('sessions.children.count', { count: formatNumber(p.rows.length, lang) })
          : t('sessions.children.none')}
      </p>
      {p.rows.length ? (
        <ul class="plain session-list">
          {p.rows.map((r) => (
            <li>
              <a href={href(lang, `/events/${r.id}`)}>
                <Bi value={r.title} lang={lang} />
              </a>{' '}
              · {datesOf(r, lang)} · <Bi value={r.city} lang={lang} /> ·{' '}
              {t('sessions.lineage.by', { trainer: r.trainer })} ·{' '}
              <span class={`badge verification-${r.verification}`}>
                {t(`sessions.state.${r.verification}`)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {p.newHref ? (
        <p>
          <a class="button primary" href={p.newHref}>
            {t('sessions.children.new')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
