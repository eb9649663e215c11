/**
 * Whether an error means that the database cannot be reached just now (a restart, a failover, a
 * server that is still starting) rather than that the request was wrong. Such a request may succeed
 * when tried again, so the web layer answers 503 with Retry-After instead of 500.
 */

/** SQLSTATEs: class 08 (connection exception), shutdown and start-up, too many connections. */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Socket errors on the way to the server. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * node-postgres reports a broken or timed-out connection with these fixed messages and no code.
 * (A statement error on a live connection always carries a SQLSTATE, so these cannot be confused
 * with one.)
 */
const PG_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [err];
  while (stack.length > 0) {
    const e = stack.pop();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const { code, message, cause, errors } = e as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (
      typeof code === 'string' &&
      (code.startsWith('08') || SQLSTATES.has(code) || SOCKET_CODES.has(code))
    ) {
      return true;
    }
    if (typeof message === 'string' && PG_MESSAGES.some((m) => message.startsWith(m))) return true;
    stack.push(cause);
    // A connection to a name with several addresses fails with an AggregateError of each attempt.
    if (Array.isArray(errors)) stack.push(...errors);
  }
  return false;
}
