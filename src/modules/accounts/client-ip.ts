import type { Context } from 'hono';

function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

// Loopback and private networks: where a reverse proxy in front of the app would connect from.
const PROXY = /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|fc|fd|::ffff:(127|10|192\.168)\.)/i;

/**
 * The client's address for rate limits. X-Forwarded-For is believed only when the connection
 * comes from a proxy on a private network (or from inside the process, as in tests); its last
 * entry is the one that proxy added.
 */
export function clientIp(c: Context): string {
  const socket = socketAddress(c);
  const forwarded = c.req.header('x-forwarded-for');
  if (forwarded && (socket === undefined || PROXY.test(socket))) {
    const last = forwarded.split(',').pop()?.trim();
    if (last && last.length <= 64) return last;
  }
  return socket ?? 'local';
}
