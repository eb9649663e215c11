import type pg from 'pg';

/**
 * Keeps a pg pool alive through a database restart or failover.
 *
 * A connection that breaks makes its client emit 'error'. pg-pool listens for that only while a
 * client is idle: a client checked out for a transaction or an advisory lock has no listener, and
 * Node ends the process on an 'error' event nobody hears. So every client gets a listener for its
 * whole life. A client that breaks while checked out is handed back to the pool at once, marked
 * broken, so that the pool drops it and frees its slot even when its holder never releases it
 * (Drizzle does not release a client whose BEGIN failed); the holder's own release becomes a no-op.
 */
export function guardPool(pool: pg.Pool, onLost: (err: Error) => void): void {
  const checkedOut = new Set<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_err, client) => checkedOut.delete(client));
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      onLost(err);
      const held = client as pg.PoolClient;
      if (!checkedOut.has(held)) return; // idle: pg-pool removes it itself
      checkedOut.delete(held);
      const release = held.release;
      held.release = () => undefined;
      release(err);
    });
  });
  // Idle clients report here too; the listener above has already seen the error.
  pool.on('error', () => undefined);
}
