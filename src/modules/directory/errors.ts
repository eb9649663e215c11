import { AppError } from '../../lib/errors.js';
import type { MessageKey } from '../../web/i18n/index.js';

/** A rule the form schema cannot check alone (a city outside the province, an e-mail in use). */
export const fieldErrors = (fields: Record<string, MessageKey>) =>
  new AppError('validation', 'invalid fields', { fields });

/** The per-field message keys of a validation error, if it carries them. */
export function fieldErrorKeys(err: unknown): Record<string, MessageKey> | null {
  if (!(err instanceof AppError) || err.code !== 'validation') return null;
  const fields = err.details?.fields;
  return fields && typeof fields === 'object' ? (fields as Record<string, MessageKey>) : null;
}
