import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields, TextField } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { formatBytes, kindLabel } from '../../files/index.js';
import { paths } from './parts.js';

export interface DocumentItem {
  id: string;
  description: string;
  createdAt: Date;
  name: string;
  kind: string;
  size: number;
}

export function Documents(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  right: { id: string };
  documents: DocumentItem[];
  canEdit: boolean;
  uploadErrors?: FieldErrors;
  uploadDescription?: string;
}) {
  const { t, lang } = p;
  const upload = p.uploadErrors ?? {};
  return (
    <section aria-labelledby="ip-documents" class="ip-documents">
      <h2 id="ip-documents">{t('ip.documents.title')}</h2>
      {p.documents.length ? (
        <ul class="list">
          {p.documents.map((d) => (
            <li>
              <a href={href(lang, paths.document(p.right.id, d.id))}>{d.name}</a>{' '}
              <span class="meta">
                {kindLabel(d.kind)}, {formatBytes(d.size)},{' '}
                {formatDateTime(d.createdAt, lang, { time: false })}
              </span>
              {d.description ? <p>{d.description}</p> : null}
              {p.canEdit ? (
                <form
                  method="post"
                  action={href(lang, `${paths.document(p.right.id, d.id)}/delete`)}
                  class="inline"
                >
                  <HiddenFormFields csrfToken={p.csrfToken} />
                  <button type="submit" class="link">
                    {t('ip.documents.remove')}
                    <span class="visually-hidden"> {d.name}</span>
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('ip.documents.none')}</p>
      )}
      {p.canEdit ? (
        <form
          method="post"
          action={href(lang, paths.documents(p.right.id))}
          enctype="multipart/form-data"
          class="stack ip-upload"
        >
          <HiddenFormFields csrfToken={p.csrfToken} />
          <ErrorSummary t={t} errors={p.uploadErrors} />
          <div class={upload.document ? 'field has-error' : 'field'}>
            <label for="f-document">{t('ip.documents.file')}</label>
            <p class="hint" id="f-document-hint">
              {t('ip.documents.hint')}
            </p>
            {upload.document ? (
              <p class="field-error" id="f-document-error">
                {upload.document}
              </p>
            ) : null}
            <input
              id="f-document"
              name="file"
              type="file"
              accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
              aria-describedby={upload.document ? 'f-document-hint f-document-error' : 'f-document-hint'}
              aria-invalid={upload.document ? 'true' : undefined}
            />
          </div>
          <TextField
            t={t}
            name="description"
            label={t('ip.documents.description')}
            value={p.uploadDescription ?? ''}
            error={upload.description}
            maxLength={300}
          />
          <p>
            <button type="submit">{t('ip.documents.upload')}</button>
          </p>
        </form>
      ) : null}
    </section>
  );
}
