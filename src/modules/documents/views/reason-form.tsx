import { HiddenFormFields } from '../../../web/components.js';
import { REASON_MAX } from '../revoke.js';

/** A form whose post failed, shown again with what was typed and why it was refused. */
export interface FailedForm {
  form: string;
  reason: string;
  error: string;
}

/** The id of a form's reason field: what the error summary links to. */
export const reasonFieldId = (form: string) => `f-reason-${form}`;

/**
 * One button, with a reason field when the action needs one (a revocation, an issue before the
 * event is over). Shown again after a refusal with the reason typed and the error under it.
 */
export function ReasonForm(p: {
  csrfToken: string;
  action: string;
  form: string;
  button: string;
  reasonLabel?: string;
  hint?: string;
  danger?: boolean;
  failed?: FailedForm;
}) {
  const failed = p.failed?.form === p.form ? p.failed : null;
  const id = reasonFieldId(p.form);
  return (
    <form method="post" action={p.action}>
      <HiddenFormFields csrfToken={p.csrfToken} />
      {p.hint ? <p class="hint">{p.hint}</p> : null}
      {p.reasonLabel ? (
        <>
          <label for={id}>{p.reasonLabel}</label>
          <input
            id={id}
            name="reason"
            required
            maxlength={REASON_MAX}
            value={failed?.reason ?? ''}
            aria-invalid={failed ? 'true' : undefined}
            aria-describedby={failed ? `${id}-error` : undefined}
          />
          {failed ? (
            <p id={`${id}-error`} class="field-error">
              {failed.error}
            </p>
          ) : null}
        </>
      ) : null}
      <button type="submit" class={p.danger ? 'danger' : undefined}>
        {p.button}
      </button>
    </form>
  );
}
