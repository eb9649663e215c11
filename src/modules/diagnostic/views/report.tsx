import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { PageHeader } from '../../../web/components.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { type Finding, type LinkContext, linkHref } from '../evaluate.js';

function Links(p: { t: Translator; f: Finding; x: LinkContext }) {
  if (!p.f.links.length) return null;
  return (
    <ul class="diagnostic-links">
      {p.f.links.map((l) => (
        <li>
          <a href={linkHref(l, p.x)} class={`diagnostic-link-${l.kind}`}>
            {p.t(`diagnostic.link.${l.kind}` as MessageKey)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The report: assets, risks, then the actions by priority, each with where the platform helps. */
export function ReportPage(p: {
  t: Translator;
  lang: Lang;
  id: string;
  date: Date;
  findings: Finding[];
  x: LinkContext;
}) {
  const { t, lang } = p;
  const assets = p.findings.filter((f) => f.kind === 'asset');
  const risks = p.findings.filter((f) => f.kind === 'risk');
  const list = (fs: Finding[]) =>
    fs.length ? (
      <ul class="diagnostic-findings">
        {fs.map((f) => (
          <li>{text(f.finding, lang)}</li>
        ))}
      </ul>
    ) : (
      <p>{t('diagnostic.report.none')}</p>
    );
  return (
    <div class="wrap narrow diagnostic-report" data-diagnostic-done>
      <PageHeader
        title={t('diagnostic.report.title')}
        lead={t('diagnostic.report.lead', { date: formatDateTime(p.date, lang, { time: false }) })}
      />
      <p class="hint">{t('diagnostic.report.keepLink')}</p>
      <p>
        <a href={href(lang, `/diagnostic/${p.id}/report.pdf`)} class="button">
          {t('diagnostic.report.pdf')}
        </a>
      </p>
      <h2>{t('diagnostic.report.assets')}</h2>
      {list(assets)}
      <h2>{t('diagnostic.report.risks')}</h2>
      {list(risks)}
      <h2>{t('diagnostic.report.actions')}</h2>
      <ol class="diagnostic-actions">
        {p.findings.map((f) => (
          <li class={`card priority-${f.priority}`}>
            <p class="meta">
              <strong>{t(`diagnostic.priority.${f.priority}` as MessageKey)}</strong>
            </p>
            <p>{text(f.action, lang)}</p>
            <Links t={t} f={f} x={p.x} />
          </li>
        ))}
      </ol>
      <p>
        <a href={href(lang, '/diagnostic')}>{t('diagnostic.report.again')}</a>
      </p>
      <script type="module" src="/static/diagnostic.js" />
    </div>
  );
}
