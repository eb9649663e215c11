import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { CONTENT_CHANNEL } from './content-changes.js';
import { type Listener, type ListenState, listenOnOwnConnection } from './listen.js';
import { acquireLock, type Lock } from './lock.js';
import { guardPool } from './pool-guard.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Runs plain SQL (backup/restore, test set-up); returns rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements in one go. */
  exec(text: string): Promise<void>;
  /** Runs fn while holding a PostgreSQL advisory lock (a no-op guard on PGlite, which has one process). */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /**
   * Calls onNotify for every notification on the channel, from any process, and onState when
   * notifications start to arrive and when some may have been missed. Closing the database stops it.
   */
  listen(channel: string, onNotify: () => void, onState: (state: ListenState) => void): void;
  close(): Promise<void>;
}

export type { ListenState };

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// Dates stay as 'YYYY-MM-DD' strings and bigint counts as numbers on both drivers.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface PostgresOptions {
  /** Told of every connection that breaks (a restart or failover of the server). */
  onConnectionLost?: (err: Error) => void;
}

/** How long opening one connection may take before the server counts as away. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * A client that gives up opening its connection after CONNECT_TIMEOUT_MS ("Connection terminated
 * due to connection timeout"), and listens for content changes before it is handed out (see
 * openPostgres). The pool's own timeout, which also bounds the wait for a free connection, is longer.
 */
class ConnectingClient extends pg.Client {
  constructor(config: pg.ClientConfig = {}) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }

  // pg-pool connects with a callback; anyone else may await.
  // biome-ignore lint/suspicious/noExplicitAny: both of pg's overloads at once
  override connect(callback?: any): any {
    const done = super.connect().then(async () => {
      await this.query(`LISTEN ${CONTENT_CHANNEL}`).catch(async (err) => {
        await this.end().catch(() => undefined);
        throw err;
      });
      return this;
    });
    if (!callback) return done;
    done.then(
      () => callback(null, this),
      (err) => callback(err),
    );
  }
}

export async function openPostgres(url: string, max = 10, opts: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // Waiting for a free connection: a burst (hundreds of registrations at once, each taking the
    // event's lock in turn) is served, not refused, unless the wait grows absurd.
    connectionTimeoutMillis: 60_000,
    // Opening a connection: a server that does not answer (a failover in progress) fails the
    // request, which then gets a 503, instead of holding it until the client gives up.
    Client: ConnectingClient,
    // Notices a connection whose server vanished without closing it.
    keepAlive: true,
  });
  guardPool(pool, opts.onConnectionLost ?? (() => undefined));
  const listeners = new Map<string, Set<Listener>>();
  const stops = new Set<() => Promise<void>>();
  // Every pooled connection listens for content changes too: PostgreSQL hands a session its own
  // notifications before the ReadyForQuery of the COMMIT, so a write made through this pool is
  // known here before the write's own await returns, not a moment later on the dedicated
  // connection. Others' notifications are left to the dedicated connection (one drop, not one per
  // connection).
  pool.on('connect', (client) => {
    client.on('notification', (n) => {
      if (n.processId !== (client as unknown as { processID: number }).processID) return;
      for (const l of listeners.get(n.channel) ?? []) l.onNotify();
    });
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async query(text, params) {
      return (await pool.query(text, params as unknown[])).rows;
    },
    async exec(text) {
      await pool.query(text);
    },
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
        client.release();
      }
    },
    listen(channel, onNotify, onState) {
      const listener: Listener = { onNotify, onState };
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set.add(listener));
      const stop = listenOnOwnConnection({ connectionString: url }, channel, listener);
      stops.add(stop);
    },
    async close() {
      listeners.clear();
      await Promise.all([...stops].map((stop) => stop()));
      await pool.end();
    },
  };
}

/** Opens a PGlite client on a folder (or in memory when dir is undefined), with the platform's settings. */
export function createPgliteClient(dir?: string): Promise<PGlite> {
  return PGlite.create({
    dataDir: dir,
    extensions: { pg_trgm },
    parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v) },
  });
}

/** The platform's view of an open PGlite client; `close` is what closing it does. */
export function pgliteDatabase(client: PGlite, close: () => Promise<void>): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const stops = new Set<() => Promise<void>>();
  return {
    db,
    kind: 'pglite',
    async query(text, params) {
      return (await client.query(text, params as unknown[])).rows as never;
    },
    async exec(text) {
      await client.exec(text);
    },
    withAdvisoryLock: (_key, fn) => fn(),
    // One session: its own notifications are handed over while the COMMIT that sends them runs.
    listen(channel, onNotify, onState) {
      const unlisten = client.listen(channel, onNotify).then(
        (stop) => {
          onState('listening');
          return stop;
        },
        () => undefined,
      );
      stops.add(async () => (await unlisten)?.().catch(() => undefined));
    },
    async close() {
      await Promise.all([...stops].map((stop) => stop()));
      stops.clear();
      await close();
    },
  };
}

/** PGlite in a folder (or in memory when dir is undefined), guarded by a lock file. */
export async function openPglite(dir?: string): Promise<Database> {
  let lock: Lock | undefined;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    lock = acquireLock(dir);
  }
  try {
    const client = await createPgliteClient(dir);
    return pgliteDatabase(client, async () => {
      await client.close();
      lock?.release();
    });
  } catch (err) {
    lock?.release();
    throw err;
  }
}

export function openDatabase(
  opts: { databaseUrl?: string; dataDir: string } & PostgresOptions,
): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, 10, opts) : openPglite(opts.dataDir);
}
