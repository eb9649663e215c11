import type { Logger } from 'pino';

/**
 * A step of the start-up, timed and logged when it ends, so that a slow first start (migrations, the
 * demo programme) shows where it is. `outcome` words the result ("loaded", "already loaded").
 */
export type Stage = <T>(name: string, fn: () => Promise<T>, outcome?: (result: T) => string) => Promise<T>;

export function stageLogger(logger: Logger): Stage {
  return async (name, fn, outcome) => {
    const started = performance.now();
    const result = await fn();
    const ms = Math.round(performance.now() - started);
    const done = outcome?.(result) ?? 'done';
    logger.info({ stage: name, outcome: done, ms }, `start-up: ${name} ${done} (${seconds(ms)})`);
    return result;
  };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
