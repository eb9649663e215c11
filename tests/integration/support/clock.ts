import type { TestApp } from '../../helpers/app.js';

/**
 * Runs `fn` with the app's clock at `iso`, then puts the real clock back. The world's events lie in
 * 2099 so that they stay open for registration; a check-in is only taken on a day that has begun,
 * so the fixtures that record attendance move the clock into the event's days while they do it.
 */
export async function atTime<T>(t: TestApp, iso: string, fn: () => Promise<T>): Promise<T> {
  const real = t.ctx.now;
  t.ctx.now = () => new Date(iso);
  try {
    return await fn();
  } finally {
    t.ctx.now = real;
  }
}
