import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

/** Runs one statement on a handle (the database or a transaction) and returns its rows. */
export async function rows<T = Record<string, unknown>>(db: Db, text: string): Promise<T[]> {
  const result = (await db.execute(sql.raw(text))) as unknown as { rows: T[] };
  return result.rows;
}

export interface Column {
  name: string;
  /** The SQL type as PostgreSQL spells it, e.g. `timestamp with time zone`, `text[]`. */
  type: string;
  /** pg_type.typcategory: N numeric, B boolean, S string, A array, D date/time, U user (uuid, jsonb)… */
  category: string;
  identityAlways: boolean;
}

export interface Table {
  name: string;
  columns: Column[];
  primaryKey: string[];
}

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The tables of the `public` schema in foreign-key order (a table after every table it refers to),
 * with their stored columns. Migration bookkeeping lives in the `drizzle` schema and is left out:
 * a restore applies the migrations itself.
 */
export async function listTables(db: Db): Promise<Table[]> {
  const tables = await rows<{ oid: number; name: string }>(
    db,
    `SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname`,
  );
  const columns = await rows<{
    rel: number;
    name: string;
    type: string;
    category: string;
    identity: string;
  }>(
    db,
    `SELECT a.attrelid::int AS rel, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            t.typcategory::text AS category, a.attidentity::text AS identity
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
       JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attrelid, a.attnum`,
  );
  const keys = await rows<{ rel: number; name: string }>(
    db,
    `SELECT i.indrelid::int AS rel, a.attname AS name
       FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
       JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE i.indisprimary AND n.nspname = 'public'
      ORDER BY i.indrelid, array_position(i.indkey::int2[], a.attnum)`,
  );
  const refs = await rows<{ child: number; parent: number }>(
    db,
    `SELECT f.conrelid::int AS child, f.confrelid::int AS parent FROM pg_constraint f
       JOIN pg_namespace n ON n.oid = f.connamespace
      WHERE f.contype = 'f' AND n.nspname = 'public' AND f.conrelid <> f.confrelid`,
  );

  const byOid = new Map<number, Table>(
    tables.map((t) => [Number(t.oid), { name: t.name, columns: [], primaryKey: [] }]),
  );
  for (const c of columns) {
    byOid.get(Number(c.rel))?.columns.push({
      name: c.name,
      type: c.type,
      category: c.category,
      identityAlways: c.identity === 'a',
    });
  }
  for (const k of keys) byOid.get(Number(k.rel))?.primaryKey.push(k.name);

  const parents = new Map<number, Set<number>>([...byOid.keys()].map((oid) => [oid, new Set<number>()]));
  for (const r of refs) parents.get(Number(r.child))?.add(Number(r.parent));
  const ordered: Table[] = [];
  const placed = new Set<number>();
  while (placed.size < byOid.size) {
    const ready = [...byOid.keys()].filter(
      (oid) => !placed.has(oid) && [...parents.get(oid)!].every((p) => placed.has(p) || !byOid.has(p)),
    );
    if (ready.length === 0) {
      const left = [...byOid.keys()].filter((oid) => !placed.has(oid)).map((oid) => byOid.get(oid)!.name);
      throw new Error(`Foreign keys form a cycle between tables: ${left.join(', ')}`);
    }
    for (const oid of ready) {
      placed.add(oid);
      ordered.push(byOid.get(oid)!);
    }
  }
  return ordered;
}

export async function listSequences(db: Db): Promise<string[]> {
  const seqs = await rows<{ name: string }>(
    db,
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
  );
  return seqs.map((s) => s.name);
}

/**
 * A string literal that reads back byte for byte: quotes doubled; backslashes and line breaks
 * written as E'' escapes, so every literal stays on one line of the dump.
 */
export function quoteLiteral(s: string): string {
  if (!/[\\\n\r]/.test(s)) return `'${s.replace(/'/g, "''")}'`;
  const escaped = s.replace(/\\/g, '\\\\').replace(/'/g, "''").replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return `E'${escaped}'`;
}

/** A value, given as PostgreSQL's own text output, as a literal of the column's type. */
export function sqlValue(value: string | null, column: Column): string {
  if (value === null) return 'NULL';
  if (column.category === 'B') return value === 'true' || value === 't' ? 'TRUE' : 'FALSE';
  if (column.category === 'N' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) return value;
  if (column.type === 'text') return quoteLiteral(value);
  return `${quoteLiteral(value)}::${column.type}`;
}
