import type { MessageKey, Params } from './messages.js';

/** Codes every layer understands; the web layer maps each to an HTTP status and a translated message. */
export const ERROR_STATUS = {
  bad_request: 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  csrf: 403,
  internal: 500,
  /** The database cannot be reached just now (restart, failover): try again shortly. */
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A message catalogue key and its parameters: what the reader is told instead of the code's generic sentence. */
export interface UserMessage {
  key: MessageKey;
  params?: Params;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
    readonly userMessage?: UserMessage,
  ) {
    super(message ?? code);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = 'not found') => new AppError('not_found', what);
export const forbidden = (why = 'forbidden') => new AppError('forbidden', why);
export const conflict = (why = 'conflict', details?: Record<string, unknown>) =>
  new AppError('conflict', why, details);
