import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime, formatNumber } from '../../../lib/dates.js';
import { HiddenFormFields } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { RegistrationStatus } from '../schema.js';

export function RegStatus(p: { t: Translator; status: RegistrationStatus }) {
  return <span class={`badge reg-${p.status}`}>{p.t(`registration.status.${p.status}`)}</span>;
}

export const when = (d: Date | null | undefined, lang: Lang) => (d ? formatDateTime(d, lang) : '');

/** "12 of 100 seats taken" style figures, with the reader's number format. */
export const num = (n: number, lang: Lang) => formatNumber(n, lang);

/**
 * An action behind a disclosure: the form opens in place, without JavaScript, and asks for the
 * reason where one is needed.
 */
export function ActionForm(p: {
  t: Translator;
  csrfToken: string;
  action: string;
  summary: string;
  button: string;
  reason?: { label: string; hint?: string; required: boolean };
  danger?: boolean;
  id: string;
  /** Sent and refused: open it again with what was typed and why. */
  failed?: { reason: string; error: string };
}) {
  const id = `f-${p.id}`;
  return (
    <details class="action-form" open={p.failed ? true : undefined}>
      <summary>{p.summary}</summary>
      <form method="post" action={p.action} class="stack">
        <HiddenFormFields csrfToken={p.csrfToken} />
        {p.reason ? (
          <div class={p.failed ? 'field has-error' : 'field'}>
            <label for={id}>
              {p.reason.label}
              {p.reason.required ? null : <span class="optional">{p.t('common.optionalMark')}</span>}
            </label>
            {p.reason.hint ? (
              <p class="hint" id={`${id}-hint`}>
                {p.reason.hint}
              </p>
            ) : null}
            {p.failed ? (
              <p class="field-error" id={`${id}-error`}>
                {p.failed.error}
              </p>
            ) : null}
            <textarea
              id={id}
              name="reason"
              rows={2}
              maxlength={1000}
              required={p.reason.required}
              aria-invalid={p.failed ? 'true' : undefined}
              aria-describedby={
                [p.reason.hint ? `${id}-hint` : '', p.failed ? `${id}-error` : '']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            >
              {p.failed?.reason ?? ''}
            </textarea>
          </div>
        ) : null}
        <button type="submit" class={p.danger ? 'button danger' : 'button primary'}>
          {p.button}
        </button>
      </form>
    </details>
  );
}

/** A one-button form (approve, confirm, resend …). */
export function ButtonForm(p: {
  csrfToken: string;
  action: string;
  label: string;
  primary?: boolean;
  hidden?: Record<string, string>;
  name?: string;
}) {
  return (
    <form method="post" action={p.action} class="inline">
      <HiddenFormFields csrfToken={p.csrfToken} />
      {Object.entries(p.hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={p.primary ? 'button primary small' : 'button small'} aria-label={p.name}>
        {p.label}
      </button>
    </form>
  );
}
