import { AppError } from '../../lib/errors.js';
import type { MessageKey, Translator } from '../../web/i18n/index.js';

/** Input that passed its schema but breaks a rule (unknown city, last administrator…), per field. */
export class FieldError extends AppError {
  constructor(readonly fields: Record<string, MessageKey>) {
    super('validation', `invalid: ${Object.keys(fields).join(', ')}`, { fields });
  }

  /** The same error with messages in the reader's language, as the API sends it. */
  translated(t: Translator): AppError {
    const fields = Object.fromEntries(Object.entries(this.fields).map(([k, key]) => [k, t(key)]));
    return new AppError('validation', this.message, { fields });
  }
}

export const fieldError = (field: string, key: MessageKey) => new FieldError({ [field]: key });
