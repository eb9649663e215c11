import type { Bilingual } from './bilingual.js';
import { AppError } from './errors.js';
import type { MessageKey, Params } from './messages.js';

/**
 * What is wrong with one field, as the domain states it: a message key, a key with parameters, or
 * the domain's own words in both languages (a rule that explains itself, such as a deadline engine's
 * "granted before it was filed").
 */
export type FieldProblem = MessageKey | { key: MessageKey; params?: Params } | Bilingual;
export type FieldProblems = Record<string, FieldProblem>;

/** A refusal of some fields of an input: pages show each at its field, the API under `details.fields`. */
export function invalidFields(fields: FieldProblems, what = 'invalid fields'): AppError {
  return new AppError('validation', what, { fields });
}

/** The field problems a validation error carries; null for any other error. */
export function fieldProblemsOf(err: unknown): FieldProblems | null {
  if (!(err instanceof AppError) || err.code !== 'validation') return null;
  const fields = err.details?.fields;
  return fields && typeof fields === 'object' ? (fields as FieldProblems) : {};
}
