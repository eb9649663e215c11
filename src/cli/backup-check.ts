import { createHash, type Hash } from 'node:crypto';

/**
 * The integrity trailer of a backup (format 2). After `COMMIT;` come, as SQL comments, the number of
 * rows of every table and last the SHA-256 of every byte before that line:
 *
 *   COMMIT;
 *   -- rows: events 12
 *   -- rows: users 3
 *   -- end: sha256 9f86d081…
 *
 * A file that was cut short, edited or put in another order no longer matches and is refused before
 * the database is touched; the row counts are checked again against the tables once loaded. The
 * checksum finds damage and mistakes, not forgery: anyone who can edit the file can recompute it.
 */

export class RestoreError extends Error {}

const ROWS = '-- rows: ';
const END = '-- end: sha256 ';

/** Hashes a backup as it is written and writes its trailer. */
export class BackupSeal {
  private readonly hash: Hash = createHash('sha256');

  /** Every chunk of the backup goes through here before it is written. */
  add(chunk: string): string {
    this.hash.update(chunk);
    return chunk;
  }

  /** The trailer: the row counts (hashed too), then the checksum line. */
  trailer(counts: ReadonlyMap<string, number>): string {
    const lines = [...counts].map(([table, n]) => `${ROWS}${table} ${n}\n`).join('');
    this.hash.update(lines);
    return `${lines}${END}${this.hash.digest('hex')}\n`;
  }
}

/**
 * Checks a format-2 backup against its trailer and returns the row count of each table it holds.
 * Throws RestoreError, with what is wrong, for a file that is incomplete or does not match.
 */
export function verifyBackup(text: string): Map<string, number> {
  const body = text.replace(/\n+$/, '\n');
  const endAt = body.lastIndexOf(`\n${END}`);
  if (endAt < 0) {
    throw new RestoreError(
      'The backup is incomplete: its closing checksum line is missing (the file was cut short or its end removed). Nothing was restored.',
    );
  }
  const written = body.slice(endAt + 1 + END.length).trim();
  const actual = createHash('sha256')
    .update(body.slice(0, endAt + 1))
    .digest('hex');
  if (written !== actual) {
    throw new RestoreError(
      'The backup does not match its checksum: it was changed, cut or reordered after it was written. Nothing was restored.',
    );
  }
  const counts = new Map<string, number>();
  for (const line of body.slice(0, endAt).split('\n')) {
    if (!line.startsWith(ROWS)) continue;
    const m = /^(\S+) (\d+)$/.exec(line.slice(ROWS.length));
    if (!m)
      throw new RestoreError(`The backup's row count line "${line}" cannot be read. Nothing was restored.`);
    counts.set(m[1]!, Number(m[2]));
  }
  return counts;
}
