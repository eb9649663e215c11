import type { Child } from 'hono/jsx';
import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import {
  Bi,
  BiMarked,
  Notice,
  PageHeader,
  TranslationBadge,
  TranslationNotice,
} from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { translatedFields } from '../event-fields.js';
import type { ReportedFigure } from '../history.js';
import type { Partner } from '../json-ld.js';
import type { EventView } from '../queries.js';
import { datesOf, headcountText, Place, StatusBadge } from './parts.js';

export interface EventPageProps {
  t: Translator;
  lang: Lang;
  view: EventView;
  partners: Partner[];
  /** As the programme's history counts them: named attendees, and the figure reported. */
  participants: { named: number; reported: ReportedFigure | null };
  canEdit: boolean;
  icsHref: string | null;
  saved: boolean;
  /** Sections other modules add: under the facts, and under the description. */
  lead?: Child;
  body?: Child;
}

/** Paragraphs of a plain-text description, split on blank lines; JSX escapes every one. */
export function Paragraphs(p: { value: { en: string; zh: string }; lang: Lang }) {
  const own = p.value[p.lang].trim();
  const shown = own || p.value[p.lang === 'en' ? 'zh' : 'en'].trim();
  if (!shown) return null;
  const langAttr = own ? undefined : p.lang === 'en' ? 'zh-CN' : 'en';
  return (
    <div class="prose" lang={langAttr}>
      {shown.split(/\n{2,}/).map((para) => (
        <p>
          {para.split('\n').map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </div>
  );
}

/** A reported figure; one shared with other events says so and leads to the programme's table. */
function ReportedText(p: { t: Translator; lang: Lang; figure: ReportedFigure | null; programme: string }) {
  const f = p.figure;
  const figure = headcountText(p.t, p.lang, f?.count ?? null, f?.approximate ?? false);
  if (!f || f.together < 2) return <>{figure}</>;
  return (
    <>
      {figure}{' '}
      <a href={`${href(p.lang, `/programmes/${p.programme}`)}#history`}>
        {p.t('events.headcount.shared', { count: f.together })}
      </a>
    </>
  );
}

export function EventPage(p: EventPageProps) {
  const { t, lang, view } = p;
  const e = view.event;
  return (
    <div class="wrap">
      <PageHeader
        title={text(e.title, lang)}
        crumbs={[
          { href: href(lang, '/events'), label: t('events.calendar.title') },
          { href: href(lang, `/programmes/${view.programme.slug}`), label: text(view.programme.title, lang) },
        ]}
        actions={
          <>
            {p.icsHref ? (
              <a class="button" href={p.icsHref} download>
                {t('events.ics.add')}
              </a>
            ) : null}
            {/* A local session is edited on its own form, which keeps it in its trainer's place. */}
            {p.canEdit && e.kind === 'training' ? (
              <a class="button primary" href={href(lang, `/events/${e.id}/edit`)}>
                {t('common.edit')}
              </a>
            ) : null}
          </>
        }
      />
      {p.saved ? <Notice kind="success">{t('common.saved')}</Notice> : null}
      {e.status === 'draft' ? <Notice kind="warning">{t('events.draftNotice')}</Notice> : null}
      {e.status === 'cancelled' ? <Notice kind="warning">{t('events.cancelledNotice')}</Notice> : null}
      <TranslationNotice
        t={t}
        lang={lang}
        fields={translatedFields(e)}
        enEditedAt={e.enEditedAt}
        zhEditedAt={e.zhEditedAt}
        otherHref={href(lang === 'en' ? 'zh' : 'en', `/events/${e.id}`)}
      />
      <dl class="facts">
        <dt>{t('events.field.programme')}</dt>
        <dd>
          <a href={href(lang, `/programmes/${view.programme.slug}`)}>
            <Bi value={view.programme.title} lang={lang} />
          </a>
        </dd>
        {e.round.en || e.round.zh ? (
          <>
            <dt>{t('events.field.round')}</dt>
            <dd>
              <BiMarked t={t} value={e.round} lang={lang} />
            </dd>
          </>
        ) : null}
        <dt>{t('events.field.dates')}</dt>
        <dd>{datesOf(e, lang)}</dd>
        <dt>{t('events.field.place')}</dt>
        <dd>
          <Place lang={lang} city={view.city.name} province={e.province} />
        </dd>
        {e.venue.en || e.venue.zh ? (
          <>
            <dt>{t('events.field.venue')}</dt>
            <dd>
              <Bi value={e.venue} lang={lang} />
            </dd>
          </>
        ) : null}
        <dt>{t('events.field.audience')}</dt>
        <dd>{t(`events.audience.${e.audience}`)}</dd>
        <dt>{t('events.field.status')}</dt>
        <dd>
          <StatusBadge t={t} status={e.status} />
        </dd>
        {p.participants.named > 0 ? (
          <>
            <dt>{t('events.history.named')}</dt>
            <dd>{formatNumber(p.participants.named, lang)}</dd>
          </>
        ) : null}
        {/* A local session reports its figure as a claimed headcount, shown by the cascade's section. */}
        {e.kind === 'local' ? null : (
          <>
            <dt>{t('events.field.reportedHeadcount')}</dt>
            <dd>
              <ReportedText
                t={t}
                lang={lang}
                figure={p.participants.reported}
                programme={view.programme.slug}
              />
            </dd>
          </>
        )}
        {p.partners.length ? (
          <>
            <dt>{t('events.programme.partners')}</dt>
            <dd>
              <ul class="plain">
                {p.partners.map((x) => (
                  <li>
                    <Bi value={x.name} lang={lang} /> ({t(`events.partnerRole.${x.role}`)})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {p.canEdit ? (
          <>
            <dt>{t('translation.label')}</dt>
            <dd>
              <TranslationBadge t={t} status={e.translationStatus} />
            </dd>
          </>
        ) : null}
      </dl>
      {p.lead}
      {e.description.en || e.description.zh ? (
        <section aria-labelledby="about">
          <h2 id="about">{t('events.field.description')}</h2>
          <Paragraphs value={e.description} lang={lang} />
        </section>
      ) : null}
      {p.body}
    </div>
  );
}
