import { join } from 'node:path';
import pino from 'pino';
import type { Config } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { adoptSecretFile } from '../db/secret.js';
import { checkAgainstSeed, readSeedText, seedDemoOnce } from '../modules/seed/index.js';
import { backupToFile } from './backup.js';
import type { Command } from './commands.js';
import { RestoreError, restoreFromFile } from './restore.js';

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

async function withDatabase(config: Config, fn: (database: Database) => Promise<number>): Promise<number> {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: join(config.DATA_DIR, 'db'),
  });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

export const seedCommand: Command = {
  summary: 'load the demo programme from the seed document, if not yet loaded',
  async run({ config }) {
    const seed = readSeedText(config.SEED_FILE);
    if (seed) {
      const missing = checkAgainstSeed(seed.text);
      if (missing.length > 0) {
        err(
          `Warning: the built-in demo programme states what ${seed.file} does not:\n  ${missing.join('\n  ')}`,
        );
      } else {
        out(`Demo data checked against ${seed.file}.`);
      }
    } else if (config.SEED_FILE) {
      err(`SEED_FILE ${config.SEED_FILE} cannot be read.`);
      return 1;
    }
    return withDatabase(config, async (database) => {
      await migrate(database);
      const loaded = await seedDemoOnce(database, pino({ level: 'silent' }));
      out(loaded ? 'Demo programme loaded.' : 'Demo programme already loaded: nothing to do.');
      return 0;
    });
  },
};

export const backupCommand: Command = {
  summary: 'write the whole database to <file> as a plain SQL script',
  async run({ config, positionals }) {
    const [file] = positionals;
    if (!file || positionals.length > 1) {
      err('Usage: ip-cascade backup <file>');
      return 2;
    }
    return withDatabase(config, async (database) => {
      if (await adoptSecretFile(database, { secret: config.SECRET, dataDir: config.DATA_DIR })) {
        out('The secret in DATA_DIR/secret was taken into the database, so the backup carries it.');
      }
      const s = await backupToFile(database, file);
      out(`Backup written to ${file}: ${s.rows} rows in ${s.tables} tables, ${s.sequences} sequences.`);
      return 0;
    });
  },
};

export const restoreCommand: Command = {
  summary:
    'check a backup <file> and load it into an empty database (--force replaces the contents; --accept-format-1 takes an old backup without checksum)',
  options: {
    force: { type: 'boolean', default: false },
    'accept-format-1': { type: 'boolean', default: false },
  },
  async run({ config, positionals, values }) {
    const [file] = positionals;
    if (!file || positionals.length > 1) {
      err('Usage: ip-cascade restore <file> [--force] [--accept-format-1]');
      return 2;
    }
    return withDatabase(config, async (database) => {
      try {
        const r = await restoreFromFile(database, file, {
          force: values.force === true,
          acceptFormat1: values['accept-format-1'] === true,
        });
        const check = r.checked ? 'checksum and row counts match' : 'format 1: not checked';
        out(`Restored ${file} into ${r.tables} tables (${database.kind}); ${check}.`);
        return 0;
      } catch (e) {
        if (e instanceof RestoreError) {
          err(e.message);
          return 1;
        }
        throw e;
      }
    });
  },
};
