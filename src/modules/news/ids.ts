import { AppError } from '../../lib/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/** An id from a path: anything that is not a UUID names nothing. */
export function idParam(v: string | undefined): string {
  if (!isUuid(v)) throw new AppError('not_found');
  return v;
}
