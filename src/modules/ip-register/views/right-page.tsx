import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { Notice, PageHeader } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { rightType } from '../kinds.js';
import type { RightView } from '../queries.js';
import { LIVE_STATUSES } from '../schema.js';
import type { UrgencyBounds } from '../urgency.js';
import { type DocumentItem, Documents } from './documents.js';
import { Day, numbersText, paths, StatusBadge, Text, typeLabel } from './parts.js';
import { ExpiryFacts, type MarkInfo, ScheduleList } from './schedule.js';

export interface RightPageProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  right: RightView;
  responsibles: { id: string; name: string; email: string }[];
  marks: Map<string, MarkInfo>;
  documents: DocumentItem[];
  bounds: UrgencyBounds;
  canEdit: boolean;
  notice?: string;
  uploadErrors?: FieldErrors;
  uploadDescription?: string;
}

function Facts(p: RightPageProps) {
  const { t, lang, right } = p;
  const type = rightType(right.jurisdiction, right.rightKind);
  const rows: [string, unknown][] = [
    [t('ip.field.organisation'), <Text value={right.organisationName} lang={lang} />],
    [t('ip.field.type'), typeLabel(t, right.jurisdiction, right.rightKind)],
    [t('ip.field.status'), <StatusBadge t={t} status={right.status} />],
    [t('ip.field.applicationNumber'), right.applicationNumber],
    [t('ip.field.registrationNumber'), right.registrationNumber],
    [t('ip.field.owner'), right.owner],
  ];
  for (const d of type?.dates ?? []) {
    const v = right.dates[d];
    if (v) rows.push([t(`ip.date.${d}`), <Day iso={v} lang={lang} />]);
  }
  for (const o of type?.options ?? []) {
    const v = right.options[o];
    if (v === undefined || v === false) continue;
    const label = t(`ip.option.${o}` as MessageKey);
    if (o === 'viaPct') rows.push([label, t('common.yes')]);
    else if (o === 'ownerKind' || o === 'designRegime')
      rows.push([label, t(`ip.option.${o}.${v}` as MessageKey)]);
    else if (o === 'offices')
      rows.push([label, (v as string[]).map((x) => t(`ip.office.${x}` as MessageKey)).join(', ')]);
    else if (typeof v === 'number') rows.push([label, formatNumber(v, lang)]);
    else rows.push([label, <Day iso={String(v)} lang={lang} />]);
  }
  rows.push([
    t('ip.field.responsible'),
    p.responsibles.length
      ? p.responsibles.map((u) => u.name || u.email).join(', ')
      : t('ip.field.responsible.none'),
  ]);
  return (
    <dl class="summary-list">
      {rows
        .filter(([, v]) => v !== '')
        .map(([k, v]) => (
          <div>
            <dt>{k}</dt>
            <dd>{v as string}</dd>
          </div>
        ))}
    </dl>
  );
}

export function RightPage(p: RightPageProps) {
  const { t, lang, right } = p;
  const schedule = right.schedule;
  const live = LIVE_STATUSES.includes(right.status);
  return (
    <div class="wrap ip-register">
      <PageHeader
        title={right.title[lang] || right.title.en || right.title.zh}
        lead={`${typeLabel(t, right.jurisdiction, right.rightKind)}${numbersText(right) ? ` · ${numbersText(right)}` : ''}`}
        crumbs={[
          { href: href(lang, paths.index), label: t('ip.register.title') },
          { href: href(lang, paths.portfolio(right.organisationId)), label: t('ip.portfolio.title') },
        ]}
        actions={
          <>
            {p.canEdit ? (
              <>
                <a class="button" href={href(lang, paths.editRight(right.id))}>
                  {t('common.edit')}
                </a>
                <a class="button" href={href(lang, paths.deleteRight(right.id))}>
                  {t('common.delete')}
                </a>
              </>
            ) : null}
            <a class="button" href={href(lang, askExpertPath(right.id, right.rightKind))}>
              {t('ip.right.askExpert')}
            </a>
          </>
        }
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <div class="columns ip-right-columns">
        <section aria-labelledby="ip-facts">
          <h2 id="ip-facts">{t('ip.right.facts')}</h2>
          <Facts {...p} />
          {right.notes ? <p class="ip-notes">{right.notes}</p> : null}
        </section>
        <section aria-labelledby="ip-term">
          <h2 id="ip-term">{t('ip.right.term')}</h2>
          {schedule?.ok ? <ExpiryFacts t={t} lang={lang} expiry={schedule.expiry} /> : null}
          {!live ? <Notice kind="info">{t('ip.right.notLive')}</Notice> : null}
        </section>
      </div>
      <section aria-labelledby="ip-schedule">
        <h2 id="ip-schedule">{t('ip.right.schedule')}</h2>
        {schedule && !schedule.ok ? (
          <p class="notice warning">
            {t('ip.right.scheduleIncomplete')} <Text value={schedule.error.reason} lang={lang} />
          </p>
        ) : null}
        {schedule?.ok && schedule.awaiting ? (
          <div class="notice info ip-awaiting">
            <p>
              <Text value={schedule.awaiting.reason} lang={lang} />
            </p>
            <p>{t('ip.right.awaiting')}</p>
            <ul>
              {schedule.awaiting.items.map((i) => (
                <li>
                  <Text value={i.label} lang={lang} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {schedule?.ok && schedule.notes.length ? (
          <ul class="ip-schedule-notes">
            {schedule.notes.map((n) => (
              <li>
                <Text value={n.text} lang={lang} />
              </li>
            ))}
          </ul>
        ) : null}
        {schedule?.ok && schedule.deadlines.length ? (
          <ScheduleList
            t={t}
            lang={lang}
            rightId={right.id}
            deadlines={schedule.deadlines}
            marks={p.marks}
            bounds={p.bounds}
            canEdit={p.canEdit}
            csrfToken={p.csrfToken}
            live={live}
          />
        ) : schedule?.ok ? (
          <p>{t('ip.right.noDeadlines')}</p>
        ) : null}
      </section>
      <Documents {...p} />
    </div>
  );
}

/** The register's kinds of right as the helpdesk's topics and rights. */
const HELPDESK: Record<string, { topic: string; right: string }> = {
  invention: { topic: 'patents', right: 'patent' },
  patent: { topic: 'patents', right: 'patent' },
  'utility-model': { topic: 'patents', right: 'utility_model' },
  design: { topic: 'designs', right: 'design' },
  'design-patent': { topic: 'designs', right: 'design' },
  trademark: { topic: 'trademarks', right: 'trademark' },
  copyright: { topic: 'copyright', right: 'copyright' },
  software: { topic: 'copyright', right: 'software' },
  'trade-secret': { topic: 'trade_secrets', right: 'trade_secret' },
};

/** The helpdesk's enquiry form, opened from this right. */
function askExpertPath(id: string, kind: string): string {
  const h = HELPDESK[kind];
  return `/helpdesk/new?from=register&ref=${id}${h ? `&topic=${h.topic}&right=${h.right}` : ''}`;
}
