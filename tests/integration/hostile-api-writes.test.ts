// Hostile input, part 1 of 4: bodies of every API write. The sweep is sampled by a fixed seed
// (tests/integration/support/sweep.ts); `npm run sweep:hostile` sends every combination.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../helpers/db.js';
import { baseBody } from './support/bodies.js';
import { apiProblems } from './support/checks.js';
import { atTime } from './support/clock.js';
import { attacks, wholeBodies, withoutTimes } from './support/hostile-api.js';
import { checksAfterSweep, sweepWorld } from './support/hostile-world.js';
import { clone, leaves, operations, setAt } from './support/openapi.js';
import { FULL, onThisDatabase, pick, SWEEP_NAME, sweepTimeout } from './support/sweep.js';
import { fillRoute, type Lang, openApiRoute } from './support/world.js';

const LANGS: Lang[] = ['en', 'zh'];
/** In a sample: whole-body attacks per operation and language, and attacks per field. */
const BODIES_SAMPLED = 3;
const FIELD_ATTACKS_SAMPLED = 1;

describe.each(DATABASE_KINDS)(`hostile API bodies (%s, ${SWEEP_NAME})`, (kind) => {
  const sweep = sweepWorld(kind);

  it(
    'answers every bad API write with a translated JSON error and keeps the record as it was',
    async () => {
      const { w, doc } = sweep;
      const problems: string[] = [];
      const writes = operations(doc)
        .filter((o) => o.method !== 'GET')
        .sort((a, b) => (a.method === 'DELETE' ? 1 : 0) - (b.method === 'DELETE' ? 1 : 0));
      expect(writes.length).toBeGreaterThan(10);
      for (const [index, op] of writes.entries()) {
        const path = fillRoute(openApiRoute(op.path), w.ids, { api: true });
        const readBack = operations(doc).some((o) => o.method === 'GET' && o.path === op.path) ? path : null;
        const snapshot = async () =>
          readBack ? withoutTimes(await (await w.api('GET', readBack)).text()) : '';
        const label = (lang: Lang, what: string) => `${lang} ${op.method} ${op.path} [${what}]`;

        if (op.method !== 'DELETE') {
          const valid = () => w.api(op.method, path, baseBody(op, w, doc));
          // A check-in is taken only on a day that has begun: the valid one is sent on the event's day.
          const res = op.path.includes('/check-ins')
            ? await atTime(w.t, '2099-06-29T04:00:00Z', valid)
            : await valid();
          if (res.status >= 300)
            problems.push(`${label('en', 'valid body')}: ${res.status} ${await res.text()}`);
        }
        // A sample attacks each operation on one of the two databases; the valid body goes to both.
        if (!onThisDatabase(kind, `${op.method} ${op.path}`)) continue;
        let known = op.method === 'PATCH' ? await snapshot() : '';

        const send = async (
          lang: Lang,
          what: string,
          body: unknown,
          raw?: { raw?: string | Uint8Array; contentType?: string },
        ) => {
          const res = await w.api(op.method, path, body, { lang, ...raw });
          const status = res.status;
          for (const p of await apiProblems(res, lang)) problems.push(`${label(lang, what)}: ${p}`);
          if (what.startsWith('1 MB') && status < 300) problems.push(`${label(lang, what)}: accepted 1 MB`);
          if (what.startsWith('3 MB') && status !== 413)
            problems.push(`${label(lang, what)}: ${status}, not 413`);
          if (op.method === 'PATCH' && readBack) {
            const now = await snapshot();
            if (status >= 400 && now !== known)
              problems.push(`${label(lang, what)}: failed but changed the record`);
            known = now;
          }
        };

        for (const lang of LANGS) {
          const bodies = wholeBodies(baseBody(op, w, doc));
          for (const [what, b] of pick(bodies, BODIES_SAMPLED, `${op.method} ${op.path} ${lang} body`)) {
            await send(
              lang,
              what,
              b.body,
              b.raw === undefined ? undefined : { raw: b.raw, contentType: b.contentType },
            );
          }
        }
        if (!op.body) continue;
        // Each field's attacks: in a full sweep all of them in both languages; in a sample, one
        // attack per field, the language alternating from field to field and operation to operation.
        for (const [n, leaf] of leaves(doc, op.body).entries()) {
          const where = leaf.path.join('.');
          const langs = FULL ? LANGS : [LANGS[(index + n) % LANGS.length]!];
          for (const lang of langs) {
            const chosen = pick(attacks(leaf), FIELD_ATTACKS_SAMPLED, `${op.method} ${op.path} ${where}`);
            for (const [what, value] of chosen) {
              const body = clone(baseBody(op, w, doc)) as object;
              setAt(body, leaf.path, value, doc, op.body);
              await send(lang, `${what} in ${where}`, body);
            }
          }
        }
      }
      expect(problems).toEqual([]);
    },
    sweepTimeout(300_000),
  );

  checksAfterSweep(sweep);
});
