import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { runServer } from '../server.js';

export interface CommandInput {
  config: Config;
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  summary: string;
  options?: ParseArgsConfig['options'];
  /** Returns the exit code; -1 keeps the process running (the server). */
  run(input: CommandInput): Promise<number>;
}

export const openFromConfig = (config: Config) =>
  openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'db') });

export const commands: Record<string, Command> = {
  serve: {
    summary: 'run the web server (migrates and loads the demo programme on first start)',
    async run({ config }) {
      await runServer(config);
      return -1;
    },
  },
  migrate: {
    summary: 'apply pending database migrations',
    async run({ config }) {
      const database = await openFromConfig(config);
      try {
        await migrate(database);
        process.stdout.write(`Migrations applied (${database.kind}).\n`);
        return 0;
      } finally {
        await database.close();
      }
    },
  },
};
