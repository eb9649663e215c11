import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { TOKEN_OPTIONS, tokenCommand, USER_OPTIONS, userCommand } from '../modules/accounts/index.js';
import { runServer } from '../server.js';
import { backupCommand, restoreCommand, seedCommand } from './data-commands.js';

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

const cliIo = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

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
  user: {
    summary: 'user create --email --role [--password] [--scope CN-SD[:cityId]]… [--name]',
    options: USER_OPTIONS,
    async run({ config, values, positionals }) {
      const database = await openFromConfig(config);
      try {
        await migrate(database);
        return await userCommand(database, positionals, values, cliIo);
      } finally {
        await database.close();
      }
    },
  },
  token: {
    summary: 'token create --email [--name]: print a new API token for the user, once',
    options: TOKEN_OPTIONS,
    async run({ config, values, positionals }) {
      const database = await openFromConfig(config);
      try {
        await migrate(database);
        return await tokenCommand(database, positionals, values, cliIo);
      } finally {
        await database.close();
      }
    },
  },
  seed: seedCommand,
  backup: backupCommand,
  restore: restoreCommand,
};
