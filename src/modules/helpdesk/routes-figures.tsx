import type { Hono } from 'hono';
import type { Lang } from '../../lib/bilingual.js';
import { formatNumber } from '../../lib/dates.js';
import { PageHeader } from '../../web/components.js';
import type { AppEnv } from '../../web/context.js';
import type { Translator } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { breakdown, type Figures, timings } from './figures.js';
import { topicLabel } from './views/options.js';

function Row(p: { t: Translator; lang: Lang; label: string; f: Figures; head?: boolean }) {
  const { t, lang, f } = p;
  const dash = t('helpdesk.figures.dash');
  const cells = [
    formatNumber(f.received, lang),
    formatNumber(f.answered, lang),
    f.share === null ? dash : `${formatNumber(Math.round(f.share * 1000) / 10, lang)} %`,
    f.medianWorkingHours === null ? dash : formatNumber(f.medianWorkingHours, lang),
  ];
  return (
    <tr>
      <th scope="row">{p.label}</th>
      {cells.map((x) => (
        <td class="num">{x}</td>
      ))}
    </tr>
  );
}

function Table(p: {
  t: Translator;
  lang: Lang;
  caption: string;
  first: string;
  rows: { label: string; f: Figures }[];
}) {
  const { t } = p;
  return (
    <div class="table-scroll">
      <table class="data">
        <caption>{p.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.first}</th>
            <th scope="col">{t('helpdesk.figures.received')}</th>
            <th scope="col">{t('helpdesk.figures.answered')}</th>
            <th scope="col">{t('helpdesk.figures.share')}</th>
            <th scope="col">{t('helpdesk.figures.median')}</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <Row t={t} lang={p.lang} label={r.label} f={r.f} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The published figures: anyone may read them, in either language. */
export function registerHelpdeskFiguresPages(pages: Hono<AppEnv>) {
  pages.get('/helpdesk/figures', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const b = breakdown(await timings(c.get('app').database.db, {}));
    const total = b.total;
    return render(
      c,
      { title: t('helpdesk.figures.title'), section: 'toolkit', description: t('helpdesk.figures.lead') },
      <div class="wrap helpdesk-figures">
        <PageHeader title={t('helpdesk.figures.title')} lead={t('helpdesk.figures.lead')} />
        {total.received === 0 ? (
          <p>{t('helpdesk.figures.none')}</p>
        ) : (
          <>
            <dl class="facts">
              <dt>{t('helpdesk.figures.received')}</dt>
              <dd>{formatNumber(total.received, lang)}</dd>
              <dt>{t('helpdesk.figures.answered')}</dt>
              <dd>{formatNumber(total.answered, lang)}</dd>
              <dt>{t('helpdesk.figures.share')}</dt>
              <dd>
                {total.share === null
                  ? t('helpdesk.figures.dash')
                  : `${formatNumber(Math.round(total.share * 1000) / 10, lang)} %`}
              </dd>
              <dt>{t('helpdesk.figures.median')}</dt>
              <dd>
                {total.medianWorkingHours === null
                  ? t('helpdesk.figures.dash')
                  : formatNumber(total.medianWorkingHours, lang)}
              </dd>
            </dl>
            <Table
              t={t}
              lang={lang}
              caption={t('helpdesk.figures.byTopic')}
              first={t('helpdesk.figures.topic')}
              rows={b.byTopic.map((r) => ({ label: topicLabel(t, r.key), f: r }))}
            />
            <Table
              t={t}
              lang={lang}
              caption={t('helpdesk.figures.byMonth')}
              first={t('helpdesk.figures.month')}
              rows={b.byMonth.map((r) => ({ label: r.key, f: r }))}
            />
          </>
        )}
        <p>
          <a class="button primary" href={href(lang, '/helpdesk/new')}>
            {t('helpdesk.toolkit.title')}
          </a>
        </p>
      </div>,
    );
  });
}
