import { serve } from '@hono/node-server';
import { buildApp } from './app.js';
import { startContext } from './bootstrap.js';
import type { Config } from './config.js';

/** Runs the web server until SIGINT/SIGTERM, then drains requests and closes the database. */
export async function runServer(config: Config): Promise<void> {
  const ctx = await startContext(config);
  const app = buildApp(ctx);
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    ctx.logger.info(
      { port: info.port, database: ctx.database.kind },
      `IP Cascade listening on http://localhost:${info.port} (${ctx.database.kind})`,
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
      await ctx.database.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
