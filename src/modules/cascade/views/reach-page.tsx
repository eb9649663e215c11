import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { ErrorSummary, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { PROVINCES } from '../../places/index.js';
import type { Reach } from '../reach.js';
import type { ReachFilter } from '../reach-input.js';
import type { TreeRoot } from '../reach-tree.js';
import { ReachCharts } from './reach-charts.js';
import { BreakdownTable, LevelsTable } from './reach-tables.js';
import { ReachTree } from './reach-tree.js';

export interface ReachPageProps {
  t: Translator;
  lang: Lang;
  filter: Partial<ReachFilter>;
  programmes: { slug: string; title: { en: string; zh: string } }[];
  cities: { slug: string; name: { en: string; zh: string } }[];
  scoped: boolean;
  result?: { reach: Reach; tree: TreeRoot[] };
  errors?: Record<string, string>;
}

export function ReachPage(p: ReachPageProps) {
  const { t, lang, result } = p;
  return (
    <div class="wrap report reach">
      <PageHeader title={t('reach.title')} lead={t('reach.lead')} />
      <Filters {...p} />
      {p.scoped ? <p class="hint">{t('reach.scopeNote')}</p> : null}
      {result ? <Result t={t} lang={lang} {...result} /> : null}
    </div>
  );
}

function Result(p: { t: Translator; lang: Lang; reach: Reach; tree: TreeRoot[] }) {
  const { t, lang, reach: r } = p;
  const n = (x: number) => formatNumber(x, lang);
  const verified: [string, number][] = [
    [t('reach.fig.trained'), r.trained],
    [t('reach.fig.trainers'), r.trainers],
    [t('reach.fig.sessions'), r.localSessions],
    [t('reach.fig.verifiedSessions'), r.verifiedSessions],
    [t('reach.fig.people'), r.people.distinct],
    [t('reach.fig.peopleVerified'), r.people.verified],
    [t('reach.fig.smes'), r.smes.distinct],
    [t('reach.fig.smesVerified'), r.smes.verified],
    [t('reach.fig.others'), r.otherOrganisations.distinct],
  ];
  return (
    <>
      <dl class="stats reach-figures">
        {verified.map(([label, value]) => (
          <div>
            <dt>{label}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
      <dl class="stats reach-claimed">
        <div>
          <dt>{t('reach.fig.claimed')}</dt>
          <dd>{n(r.claimedBeyondNamed)}</dd>
        </div>
      </dl>
      <p class="report-rule">{t('reach.rule')}</p>
      {r.localSessions === 0 ? <p>{t('reach.none')}</p> : null}
      <LevelsTable t={t} lang={lang} reach={r} />
      <section aria-labelledby="reach-tree-h">
        <h2 id="reach-tree-h">{t('reach.tree.title')}</h2>
        <p class="hint">{t('reach.tree.hint')}</p>
        <ReachTree t={t} lang={lang} roots={p.tree} />
      </section>
      {r.localSessions > 0 ? <ReachCharts t={t} lang={lang} reach={r} /> : null}
      <section aria-labelledby="reach-breakdowns-h">
        <h2 id="reach-breakdowns-h">{t('reach.breakdowns')}</h2>
        {(['province', 'sector', 'sex'] as const).map((dim) => (
          <BreakdownTable t={t} lang={lang} dim={dim} rows={r.breakdowns[dim]} />
        ))}
      </section>
    </>
  );
}

function Filters(p: ReachPageProps) {
  const { t, lang, filter: f } = p;
  const all: [string, string] = ['', t('reach.filter.all')];
  return (
    <form method="get" action={href(lang, '/reports/reach')} class="filters report-filters no-print">
      {/* Each refused filter says why beside itself; the summary says that some were. */}
      {p.errors && Object.keys(p.errors).length ? <ErrorSummary t={t} message={t('form.invalid')} /> : null}
      <Select
        id="reach-programme"
        name="programme"
        label={t('reach.filter.programme')}
        value={f.programme ?? ''}
        error={p.errors?.programme}
        options={[
          ['', t('reach.choose')],
          ...p.programmes.map((x): [string, string] => [x.slug, text(x.title, lang)]),
        ]}
      />
      <Select
        id="reach-province"
        name="province"
        label={t('reach.filter.province')}
        value={f.province ?? ''}
        options={[all, ...PROVINCES.map((x): [string, string] => [x.code, text(x.name, lang)])]}
      />
      <Select
        id="reach-city"
        name="city"
        label={t('reach.filter.city')}
        value={f.city ?? ''}
        options={[all, ...p.cities.map((c): [string, string] => [c.slug, text(c.name, lang)])]}
      />
      {(['from', 'to'] as const).map((k) => (
        <div class="field">
          <label for={`reach-${k}`}>{t(`reach.filter.${k}`)}</label>
          <input
            id={`reach-${k}`}
            name={k}
            type="date"
            value={f[k] ?? ''}
            aria-invalid={p.errors?.[k] ? 'true' : undefined}
            aria-describedby={p.errors?.[k] ? `reach-${k}-error` : undefined}
          />
          {p.errors?.[k] ? (
            <p class="field-error" id={`reach-${k}-error`}>
              {p.errors[k]}
            </p>
          ) : null}
        </div>
      ))}
      <div class="actions">
        <button type="submit" class="button primary">
          {t('reach.filter.show')}
        </button>
      </div>
    </form>
  );
}

function Select(p: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: [string, string][];
  error?: string | undefined;
}) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <select id={p.id} name={p.name}>
        {p.options.map(([v, l]) => (
          <option value={v} selected={v === p.value}>
            {l}
          </option>
        ))}
      </select>
      {p.error ? <p class="field-error">{p.error}</p> : null}
    </div>
  );
}
