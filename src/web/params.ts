import { AppError } from '../lib/errors.js';
import { isUuid } from '../lib/ids.js';

/** An id from a path: anything that is not a UUID names nothing. */
export function idParam(v: string | undefined): string {
  if (!isUuid(v)) throw new AppError('not_found');
  return v;
}
