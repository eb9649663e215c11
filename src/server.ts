import { serve } from '@hono/node-server';
import { buildApp } from './app.js';
import { startContext } from './bootstrap.js';
import type { Config } from './config.js';
import { seconds } from './lib/stage-log.js';
import { jobHandlers, recurringJobs } from './modules/index.js';
import { startWorker } from './modules/jobs/index.js';

/** Runs the web server until SIGINT/SIGTERM, then drains requests and closes the database. */
export async function runServer(config: Config): Promise<void> {
  const started = performance.now();
  const ctx = await startContext(config);
  const worker = startWorker(ctx, jobHandlers, { recurring: recurringJobs });
  ctx.wakeJobs = worker.wake;
  const app = buildApp(ctx);
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const ms = Math.round(performance.now() - started);
    ctx.logger.info(
      { stage: 'listening', port: info.port, database: ctx.database.kind, ms },
      `start-up: listening on http://localhost:${info.port} (${ctx.database.kind}), ready after ${seconds(ms)}`,
    );
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(async () => {
      await worker.stop();
      await ctx.database.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
