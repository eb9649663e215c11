import type { Lang } from '../../../lib/bilingual.js';
import type { Translator } from '../../../web/i18n/index.js';
import { JURISDICTIONS } from '../engine/input.js';
import type { Jurisdiction, RightKind } from '../engine/types.js';
import { RIGHT_TYPES, rightType } from '../kinds.js';
import { RIGHT_STATUSES, type RightStatus } from '../schema.js';
import { jurisdictionLabel, statusLabel, typeLabel } from './parts.js';

export interface PortfolioFilter {
  jurisdiction?: Jurisdiction;
  /** A right type key, `CN:trademark`. */
  type?: string;
  status?: RightStatus;
  page: number;
}

/** Reads the filter from a query string; anything unknown is ignored rather than refused. */
export function filterFrom(q: Record<string, string | undefined>): PortfolioFilter {
  const jurisdiction = (JURISDICTIONS as readonly string[]).includes(q.jurisdiction ?? '')
    ? (q.jurisdiction as Jurisdiction)
    : undefined;
  const type = RIGHT_TYPES.find((t) => t.key === q.type)?.key;
  const status = (RIGHT_STATUSES as readonly string[]).includes(q.status ?? '')
    ? (q.status as RightStatus)
    : undefined;
  const page = Math.min(Math.max(1, Number.parseInt(q.page ?? '1', 10) || 1), 100_000);
  return { jurisdiction, type, status, page };
}

/** The query's jurisdiction and right kind, from a type key (which wins) or the jurisdiction alone. */
export function scopeOf(f: PortfolioFilter): { jurisdiction?: Jurisdiction; kind?: RightKind } {
  if (f.type) {
    const [j, right] = f.type.split(':') as [string, string];
    const type = rightType(j, right)!;
    return { jurisdiction: type.jurisdiction, kind: type.right };
  }
  return { jurisdiction: f.jurisdiction };
}

export function queryOf(f: Partial<PortfolioFilter>): string {
  const q = new URLSearchParams();
  if (f.jurisdiction) q.set('jurisdiction', f.jurisdiction);
  if (f.type) q.set('type', f.type);
  if (f.status) q.set('status', f.status);
  if (f.page && f.page > 1) q.set('page', String(f.page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

function Select(p: {
  name: string;
  label: string;
  value?: string;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="field">
      <label for={`ip-filter-${p.name}`}>{p.label}</label>
      <select id={`ip-filter-${p.name}`} name={p.name}>
        <option value="">{p.any}</option>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters by jurisdiction and kind of right (and status on the list of rights); works without script. */
export function FilterForm(p: {
  t: Translator;
  lang: Lang;
  action: string;
  filter: PortfolioFilter;
  withStatus?: boolean;
}) {
  const { t } = p;
  return (
    <form class="filters ip-filters" method="get" action={p.action}>
      <Select
        name="jurisdiction"
        label={t('ip.field.jurisdiction')}
        value={p.filter.jurisdiction}
        any={t('ip.filter.any')}
        options={JURISDICTIONS.map((j) => ({ value: j, label: jurisdictionLabel(t, j) }))}
      />
      <Select
        name="type"
        label={t('ip.field.type')}
        value={p.filter.type}
        any={t('ip.filter.any')}
        options={RIGHT_TYPES.map((r) => ({ value: r.key, label: typeLabel(t, r.jurisdiction, r.right) }))}
      />
      {p.withStatus ? (
        <Select
          name="status"
          label={t('ip.field.status')}
          value={p.filter.status}
          any={t('ip.filter.any')}
          options={RIGHT_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        />
      ) : null}
      <div class="filter-actions">
        <button type="submit">{t('common.filter')}</button>
        <a href={p.action}>{t('common.clear')}</a>
      </div>
    </form>
  );
}
