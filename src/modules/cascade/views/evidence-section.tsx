import type { Lang } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { formatBytes } from '../../files/index.js';
import { EVIDENCE_POLICY, type EvidenceItem } from '../evidence-save.js';
import { EVIDENCE_KINDS } from '../schema.js';

/** The session's photos and scanned sheets: list, download, delete (uploader or manager), upload. */
export function EvidenceSection(p: {
  t: Translator;
  lang: Lang;
  base: string;
  csrfToken: string;
  items: EvidenceItem[];
  message?: string | undefined;
  note?: string | undefined;
  userId: string;
  canDeleteAll: boolean;
}) {
  const { t } = p;
  return (
    <section aria-labelledby="evidence">
      <h2 id="evidence">{t('cascade.evidence.title')}</h2>
      <p class="hint">{t('cascade.evidence.lead', { max: formatBytes(EVIDENCE_POLICY.maxBytes) })}</p>
      {p.items.length ? (
        <ul class="evidence-list">
          {p.items.map((e) => (
            <li>
              <a href={`${p.base}/evidence/${e.id}`}>{e.name}</a> · {t(`cascade.evidence.kind.${e.kind}`)} ·{' '}
              {formatBytes(e.size)} · {e.uploaderName ?? ''}{' '}
              {formatDate(e.createdAt.toISOString().slice(0, 10), p.lang)}
              {e.note ? <span class="muted"> · {e.note}</span> : null}
              {p.canDeleteAll || e.uploadedBy === p.userId ? (
                <form method="post" action={`${p.base}/evidence/${e.id}/delete`} class="inline">
                  <HiddenFormFields csrfToken={p.csrfToken} />{' '}
                  <button type="submit" class="link">
                    {t('cascade.evidence.delete')}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('cascade.evidence.none')}</p>
      )}
      <ErrorSummary t={t} message={p.message} />
      <form method="post" action={`${p.base}/evidence`} enctype="multipart/form-data" class="form">
        <HiddenFormFields csrfToken={p.csrfToken} />
        <div class="field">
          <label for="f-evidence-file">{t('cascade.evidence.file')}</label>
          <input
            id="f-evidence-file"
            type="file"
            name="file"
            accept="image/jpeg,image/png,application/pdf"
            required
          />
        </div>
        <div class="field">
          <label for="f-evidence-kind">{t('cascade.evidence.kind')}</label>
          <select id="f-evidence-kind" name="kind">
            {EVIDENCE_KINDS.map((k) => (
              <option value={k}>{t(`cascade.evidence.kind.${k}`)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-evidence-note">
            {t('cascade.evidence.note')}
            <span class="optional">{t('common.optionalMark')}</span>
          </label>
          <input id="f-evidence-note" name="note" maxlength={200} value={p.note} />
        </div>
        <button type="submit">{t('cascade.evidence.upload')}</button>
      </form>
    </section>
  );
}
