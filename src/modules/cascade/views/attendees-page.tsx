import type { Lang } from '../../../lib/bilingual.js';
import { formatDate, formatDateRange } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import type { FieldErrors, FormValues } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { SessionRow } from '../attendees-access.js';
import type { AttendeeRow } from '../attendees-save.js';
import type { EvidenceItem } from '../evidence-save.js';
import { AttendeeFields } from './attendee-fields.js';
import { EvidenceSection } from './evidence-section.js';
import { type ImportReport, ImportSection } from './import-section.js';

export interface AttendeesPageProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  session: SessionRow;
  attendees: AttendeeRow[];
  evidence: EvidenceItem[];
  signInUrl: string;
  /** The last day of the QR sign-in, and whether it is still open. */
  openUntil: string;
  open: boolean;
  notice?: string;
  values?: FormValues;
  errors?: FieldErrors;
  message?: string;
  imported?: ImportReport;
  importMessage?: string;
  evidenceMessage?: string;
  /** The note typed with a refused upload, shown again. */
  evidenceNote?: string;
  userId: string;
  canDeleteAll: boolean;
}

/** A local session's attendees for its trainer: add, correct, remove; import a sheet; evidence. */
export function AttendeesPage(p: AttendeesPageProps) {
  const { t, lang, session } = p;
  const base = href(lang, `/events/${session.id}`);
  return (
    <div class="wrap narrow attendees-page">
      <PageHeader
        title={t('cascade.attendees.title')}
        lead={`${session.title[lang] || session.title[lang === 'en' ? 'zh' : 'en']} · ${formatDateRange(session.startDate, session.endDate, 'day', lang)}`}
        crumbs={[{ href: base, label: session.title[lang] || session.title.zh }]}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p class="actions">
        <a class="button secondary" href={`${base}/sign-in-sheet.pdf`}>
          {t('cascade.attendees.sheet')}
        </a>{' '}
        {session.parentEventId ? (
          <a class="button secondary" href={href(lang, `/events/${session.parentEventId}/kit`)}>
            {t('cascade.attendees.kit')}
          </a>
        ) : null}
      </p>
      <p>
        {t('cascade.attendees.signInAddress')}: <a href={p.signInUrl}>{p.signInUrl}</a>
        <br />
        {p.open
          ? t('cascade.attendees.openUntil', { date: formatDate(p.openUntil, lang) })
          : t('cascade.attendees.closedOn', { date: formatDate(p.openUntil, lang) })}
      </p>
      <section aria-labelledby="attendee-list">
        <h2 id="attendee-list">{t('cascade.attendees.count', { count: p.attendees.length })}</h2>
        {p.attendees.length ? (
          <ul class="attendee-list">
            {p.attendees.map((a) => (
              <li>
                <strong>{a.name}</strong> · {a.organisation}
                <br />
                <span class="muted">
                  {[a.phone, a.email].filter(Boolean).join(' · ')} ·{' '}
                  {t(`cascade.attendees.source.${a.source}`)}
                </span>{' '}
                <a href={`${base}/attendees/${a.id}/edit`}>{t('cascade.attendees.edit')}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('cascade.attendees.none')}</p>
        )}
      </section>
      <section aria-labelledby="attendee-add">
        <h2 id="attendee-add">{t('cascade.attendees.add')}</h2>
        <ErrorSummary t={t} errors={p.errors} message={p.message} />
        <form method="post" action={`${base}/attendees`} class="form">
          <HiddenFormFields csrfToken={p.csrfToken} />
          <AttendeeFields t={t} lang={lang} values={p.values} errors={p.errors} withSex />
          <button type="submit">{t('cascade.attendees.add')}</button>
        </form>
      </section>
      <ImportSection
        t={t}
        base={base}
        csrfToken={p.csrfToken}
        report={p.imported}
        message={p.importMessage}
      />
      <EvidenceSection
        t={t}
        lang={lang}
        base={base}
        csrfToken={p.csrfToken}
        items={p.evidence}
        message={p.evidenceMessage}
        note={p.evidenceNote}
        userId={p.userId}
        canDeleteAll={p.canDeleteAll}
      />
    </div>
  );
}
