import type { Lang } from '../../../lib/bilingual.js';
import { ErrorSummary, Notice, PageHeader, TextField } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { TrainerState } from '../trainers-candidates.js';
import { PersonAction } from './trainers-panel-action.js';

export interface PanelRow {
  id: string;
  name: string;
  email: string;
  organisation: string;
  present?: number;
  passed?: boolean;
  qualifies?: boolean;
  state: TrainerState;
}

export interface PanelProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  base: string;
  event: { id: string; title: string; href: string; kind: 'training' | 'local' };
  trainersHref: string;
  settings: { certifies: boolean; attendancePercent: number };
  canManage: boolean;
  days: number;
  need: number;
  registrants: PanelRow[];
  attendees: PanelRow[];
  cities: { id: string; name: { en: string; zh: string } }[];
  notice?: string;
  errors?: FieldErrors;
  /** The reason typed into a refused form, by the form's row. */
  typed?: Record<string, string>;
}

/** The event's cascade panel: its certification settings, who qualifies, and grant or revoke per person. */
export function CascadePanelPage(p: PanelProps) {
  const { t } = p;
  const due = p.registrants.filter((r) => r.qualifies && !r.state.activeId && !r.state.revoked).length;
  return (
    <div class="wrap cascade-panel">
      <PageHeader
        title={t('cascade.panel.title')}
        lead={p.event.title}
        crumbs={[{ href: p.event.href, label: p.event.title }]}
        actions={
          <a class="button" href={p.trainersHref}>
            {t('cascade.panel.allTrainers')}
          </a>
        }
      />
      <ErrorSummary t={t} errors={p.errors} />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p>{t('cascade.panel.lead')}</p>
      <section class="box" aria-labelledby="cascade-settings">
        <h2 id="cascade-settings">{t('cascade.panel.settings')}</h2>
        <p>
          {p.settings.certifies
            ? t('cascade.panel.rule', { need: p.need, days: p.days })
            : t('cascade.panel.notCertifying')}
        </p>
        {p.canManage ? (
          <form method="post" action={`${p.base}/settings`}>
            <input type="hidden" name="_csrf" value={p.csrfToken} />
            <div class="field checkbox">
              <input
                type="checkbox"
                id="f-certifies"
                name="certifies"
                checked={p.settings.certifies}
                aria-describedby="f-certifies-hint"
              />
              <label for="f-certifies">{t('cascade.panel.certifies')}</label>
              <p class="hint" id="f-certifies-hint">
                {t('cascade.panel.certifiesHint')}
              </p>
            </div>
            <TextField
              t={t}
              type="number"
              name="attendancePercent"
              label={t('cascade.panel.percent')}
              hint={t('cascade.panel.percentHint')}
              value={p.settings.attendancePercent}
              min={1}
              required
              error={p.errors?.attendancePercent}
            />
            <button type="submit">{t('cascade.panel.save')}</button>
          </form>
        ) : null}
        {p.settings.certifies ? (
          <form method="post" action={`${p.base}/certify`} class="button-group">
            <input type="hidden" name="_csrf" value={p.csrfToken} />
            <button type="submit" class="primary" disabled={due === 0}>
              {t('cascade.panel.certifyAll', { n: due })}
            </button>
          </form>
        ) : null}
      </section>
      <People
        p={p}
        rows={p.registrants}
        field="registrationId"
        title={t('cascade.panel.registrants')}
        withQualification
      />
      {p.event.kind === 'local' ? (
        <People p={p} rows={p.attendees} field="attendeeId" title={t('cascade.panel.attendees')} />
      ) : null}
    </div>
  );
}

function People(p: {
  p: PanelProps;
  rows: PanelRow[];
  field: 'registrationId' | 'attendeeId';
  title: string;
  withQualification?: boolean;
}) {
  const { t } = p.p;
  const id = `people-${p.field}`;
  const col = (k: 'person' | 'days' | 'test' | 'state' | 'action') => t(`cascade.panel.col.${k}`);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{p.title}</h2>
      {p.rows.length ? (
        <div class="table-wrap">
          <table class="table cards-on-phone">
            <thead>
              <tr>
                <th scope="col">{col('person')}</th>
                {p.withQualification ? <th scope="col">{col('days')}</th> : null}
                {p.withQualification ? <th scope="col">{col('test')}</th> : null}
                <th scope="col">{col('state')}</th>
                {p.p.canManage ? <th scope="col">{col('action')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <th scope="row" data-label={col('person')}>
                    {r.name}
                    {r.organisation ? <span class="meta"> · {r.organisation}</span> : null}
                  </th>
                  {p.withQualification ? (
                    <td data-label={col('days')}>
                      {t('cascade.panel.daysOf', { present: r.present ?? 0, need: p.p.need })}
                    </td>
                  ) : null}
                  {p.withQualification ? (
                    <td data-label={col('test')}>
                      {r.passed ? t('cascade.panel.passed') : t('cascade.panel.notPassed')}
                    </td>
                  ) : null}
                  <td data-label={col('state')}>
                    <StateBadge t={t} r={r} />
                  </td>
                  {p.p.canManage ? (
                    <td data-label={col('action')}>
                      <PersonAction p={p.p} r={r} field={p.field} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('cascade.panel.none')}</p>
      )}
    </section>
  );
}

function StateBadge(p: { t: Translator; r: PanelRow }) {
  const { t, r } = p;
  if (r.state.activeId)
    return (
      <span class="badge status-published">
        {t('cascade.panel.state.trainer')} · {t(`cascade.trainers.basis.${r.state.basis ?? 'qualified'}`)}
      </span>
    );
  if (r.state.revoked) return <span class="badge status-cancelled">{t('cascade.panel.state.revoked')}</span>;
  if (r.qualifies) return <span class="badge status-draft">{t('cascade.panel.state.qualifies')}</span>;
  return <span class="meta">{t('cascade.panel.state.no')}</span>;
}
