import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import { pick } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import type { Jurisdiction, OfficeId } from '../engine/types.js';
import { rightType } from '../kinds.js';
import type { RightStatus } from '../schema.js';
import type { Urgency } from '../urgency.js';

/** Where the register's pages live. */
export const paths = {
  toolkit: '/toolkit',
  index: '/toolkit/register',
  portfolio: (org: string) => `/toolkit/register/${org}`,
  rights: (org: string) => `/toolkit/register/${org}/rights`,
  newRight: (org: string) => `/toolkit/register/${org}/rights/new`,
  importCsv: (org: string) => `/toolkit/register/${org}/import`,
  exportCsv: (org: string) => `/toolkit/register/${org}/rights.csv`,
  sharing: (org: string) => `/toolkit/register/${org}/sharing`,
  calendar: (org: string) => `/toolkit/register/${org}/calendar`,
  right: (id: string) => `/toolkit/register/rights/${id}`,
  editRight: (id: string) => `/toolkit/register/rights/${id}/edit`,
  deleteRight: (id: string) => `/toolkit/register/rights/${id}/delete`,
  documents: (id: string) => `/toolkit/register/rights/${id}/documents`,
  document: (id: string, doc: string) => `/toolkit/register/rights/${id}/documents/${doc}`,
  marks: (id: string) => `/toolkit/register/rights/${id}/marks`,
  feed: (token: string) => `/toolkit/register/feed/${token}.ics`,
};

export const typeLabel = (t: Translator, jurisdiction: string, right: string) => {
  const type = rightType(jurisdiction, right);
  return type ? t(`ip.type.${type.key}` as MessageKey) : `${jurisdiction} ${right}`;
};

export const jurisdictionLabel = (t: Translator, j: Jurisdiction) => t(`ip.jurisdiction.${j}`);
export const statusLabel = (t: Translator, s: RightStatus) => t(`ip.status.${s}`);
export const officeLabel = (t: Translator, o: OfficeId | string | null) =>
  o ? t(`ip.office.${o}` as MessageKey) : '';

/** A date as the reader writes it, inside <time> so machines read the ISO form. */
export function Day(p: { iso: string | null | undefined; lang: Lang }) {
  if (!p.iso) return null;
  return <time datetime={p.iso}>{formatDate(p.iso, p.lang)}</time>;
}

/** A bilingual text in the reader's language, marked when the other language stands in. */
export function Text(p: { value: Bilingual; lang: Lang }) {
  const v = pick(p.value, p.lang);
  return v.fallback ? <span lang={v.lang === 'zh' ? 'zh-CN' : 'en'}>{v.text}</span> : v.text;
}

const ICON: Record<Urgency, string> = {
  overdue: '‼',
  week: '!',
  month: '!',
  quarter: '•',
  half: '•',
  later: '·',
};

/** The urgency band as words (and a symbol) on its colour: colour is never the only signal. */
export function UrgencyBadge(p: { t: Translator; urgency: Urgency }) {
  return (
    <span class={`ip-urgency ip-urgency-${p.urgency}`}>
      <span aria-hidden="true" class="ip-urgency-icon">
        {ICON[p.urgency]}
      </span>{' '}
      {p.t(`ip.urgency.${p.urgency}`)}
    </span>
  );
}

export function StatusBadge(p: { t: Translator; status: RightStatus }) {
  return <span class={`badge ip-status-${p.status}`}>{statusLabel(p.t, p.status)}</span>;
}

/** The right's numbers, "CN 2020 1 0123456.7 · ZL …", or nothing. */
export function numbersText(r: { applicationNumber: string; registrationNumber: string }) {
  return [r.registrationNumber, r.applicationNumber].filter(Boolean).join(' · ');
}
