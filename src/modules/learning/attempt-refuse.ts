import { AppError } from '../../lib/errors.js';
import type { MessageKey, Params } from '../../lib/messages.js';

/** A refusal of a learner's action, told in their language (the page's notice or the API's message). */
export const refuse = (code: 'forbidden' | 'conflict' | 'not_found', key: MessageKey, params?: Params) =>
  new AppError(code, key, params, { key, params });
