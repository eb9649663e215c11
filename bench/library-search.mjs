// Library search on a synthetic bilingual corpus (default 50,000 items), on PGlite and on a
// throwaway PostgreSQL 15: how fast items are indexed, and p50/p95/p99 of the whole search use
// case (ranking, facet counts, snippets) for 1-, 2- and 3-word queries in English and Chinese.
// Usage: node bench/library-search.mjs [--items 50000] [--queries 60] [--only pglite|postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '50000' },
    queries: { type: 'string', default: '60' },
    only: { type: 'string' },
  },
});
const ITEMS = Number(args.items);
const QUERIES = Number(args.queries);

const { startPostgres } = await tsImport('../tests/helpers/postgres-server.ts', import.meta.url);
const { openPglite, openPostgres } = await tsImport('../src/db/client.ts', import.meta.url);
const { migrate } = await tsImport('../src/db/migrate.ts', import.meta.url);
const corpus = await tsImport('./library-corpus.ts', import.meta.url);

const log = (s) => process.stderr.write(`${s}\n`);
const ms = (x) => x.toFixed(1);

async function bench(kind, database) {
  await migrate(database);
  log(`${kind}: loading ${ITEMS} items …`);
  const load = await corpus.loadCorpus(database, ITEMS);
  const [size] = await database.query(
    "SELECT pg_total_relation_size('library_items')::bigint AS bytes, pg_relation_size('library_items_search_idx')::bigint AS gin",
  );
  const single = await corpus.createOneByOne(database.db, 50);
  const rows = [];
  // Warm the caches the way a running server would be.
  await corpus.timeQueries(database.db, corpus.queries(10, 2, 'en', ITEMS, 9), 'en');
  for (const lang of ['en', 'zh']) {
    for (const n of [1, 2, 3]) {
      const r = await corpus.timeQueries(database.db, corpus.queries(QUERIES, n, lang, ITEMS), lang);
      rows.push({ lang, n, ...r });
      log(`${kind} ${lang} ${n} word(s): p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms, p99 ${ms(r.p99)} ms`);
    }
  }
  return {
    kind,
    load,
    rate: ITEMS / load.totalSeconds,
    bytesPerItem: Number(size.bytes) / ITEMS,
    ginBytes: Number(size.gin),
    single,
    rows,
  };
}

const results = [];
if (args.only !== 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-libbench-'));
  const database = await openPglite(join(dir, 'db'));
  try {
    results.push(await bench('PGlite', database));
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
if (args.only !== 'pglite') {
  const server = await startPostgres();
  const database = await openPostgres(server.url, 5);
  try {
    results.push(await bench('PostgreSQL', database));
  } finally {
    await database.close();
    server.stop();
  }
}

const out = [];
out.push(`Corpus: ${ITEMS} synthetic bilingual items; ${QUERIES} queries per row.`, '');
out.push(
  '| database | indexing (bulk) | of which search documents in JS | one item through the editor use case (p50 / p95) | table + indexes per item | GIN index |',
);
out.push('|---|---|---|---|---|---|');
for (const r of results) {
  out.push(
    `| ${r.kind} | ${Math.round(r.rate)} items/s (${r.load.totalSeconds.toFixed(1)} s) | ${r.load.buildSeconds.toFixed(1)} s | ${ms(r.single.p50)} / ${ms(r.single.p95)} ms | ${Math.round(r.bytesPerItem)} B | ${(r.ginBytes / 1024 / 1024).toFixed(1)} MiB |`,
  );
}
out.push(
  '',
  '| database | language | words | p50 | p95 | p99 | mean matches |',
  '|---|---|---|---|---|---|---|',
);
for (const r of results) {
  for (const q of r.rows) {
    out.push(
      `| ${r.kind} | ${q.lang} | ${q.n} | ${ms(q.p50)} ms | ${ms(q.p95)} ms | ${ms(q.p99)} ms | ${q.meanHits} |`,
    );
  }
}
process.stdout.write(`${out.join('\n')}\n`);
