import { ErrorSummary } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';

/** The error summary, with an error about the whole form (`_form`) as its message rather than a link to nowhere. */
export function Summary(p: { t: Translator; errors?: FieldErrors }) {
  const { _form: message, ...fields } = p.errors ?? {};
  return <ErrorSummary t={p.t} errors={fields} message={message} />;
}
