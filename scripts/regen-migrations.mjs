// Regenerates the schema migration after a schema.ts change, before the first release: the
// hand-written 0000 (extensions) stays, 0001 is rebuilt from the current schema.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const dir = 'src/db/migrations';
for (const f of readdirSync(dir)) if (/^0001_/.test(f)) rmSync(`${dir}/${f}`);
rmSync(`${dir}/meta/0001_snapshot.json`, { force: true });
const journalPath = `${dir}/meta/_journal.json`;
const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
journal.entries = journal.entries.filter((e) => e.idx === 0);
writeFileSync(journalPath, `${JSON.stringify(journal, null, 2)}\n`);
execFileSync('npx', ['drizzle-kit', 'generate', '--name=foundation'], { stdio: 'inherit' });
