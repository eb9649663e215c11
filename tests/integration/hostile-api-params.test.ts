// Hostile input, part 2 of 4: path and query parameters of every API operation. Sampled by a
// fixed seed (tests/integration/support/sweep.ts); `npm run sweep:hostile` sends every combination.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../helpers/db.js';
import { baseBody } from './support/bodies.js';
import { apiProblems, LONG_QUERY } from './support/checks.js';
import { ZERO_UUID } from './support/hostile-api.js';
import { checksAfterSweep, sweepWorld } from './support/hostile-world.js';
import { operations } from './support/openapi.js';
import { onThisDatabase, pick, SWEEP_NAME, sweepTimeout } from './support/sweep.js';
import { fillRoute, type Lang, openApiRoute } from './support/world.js';

const LANGS: Lang[] = ['en', 'zh'];
/** In a sample: values per path parameter, and per query parameter, in each language. */
const IDS_SAMPLED = 2;
const VALUES_SAMPLED = 2;

const HOSTILE_IDS = [
  'not-a-uuid',
  '%00',
  'x'.repeat(10_000),
  "'%20OR%201=1--",
  '%E2%80%AE',
  '%FF',
  ZERO_UUID,
];
const HOSTILE_VALUES = [
  '-1',
  'abc',
  '99999999',
  '1e400',
  LONG_QUERY,
  '%00',
  '%FF',
  '%',
  '%E4%B8',
  '%5C',
  '%25_',
  'no-such-option',
];

describe.each(DATABASE_KINDS)(`hostile API parameters (%s, ${SWEEP_NAME})`, (kind) => {
  const sweep = sweepWorld(kind);

  it(
    'answers hostile path and query parameters without a 5xx',
    async () => {
      const { w, doc } = sweep;
      const problems: string[] = [];
      for (const op of operations(doc)) {
        const body = op.method === 'GET' || op.method === 'DELETE' ? undefined : baseBody(op, w, doc);
        for (const lang of LANGS) {
          if (!onThisDatabase(kind, `${op.method} ${op.path} ${lang}`)) continue;
          for (const param of op.pathParams) {
            for (const id of pick(HOSTILE_IDS, IDS_SAMPLED, `${op.method} ${op.path} ${param} ${lang}`)) {
              const path = op.path.replace(`{${param}}`, id);
              const res = await w.api(op.method, fillRoute(openApiRoute(path), w.ids, { api: true }), body, {
                lang,
              });
              for (const p of await apiProblems(res, lang))
                problems.push(`${lang} ${op.method} ${path.slice(0, 80)}: ${p}`);
            }
          }
          if (op.method !== 'GET') continue;
          const path = fillRoute(openApiRoute(op.path), w.ids, { api: true });
          const names = new Set(['page', 'pageSize', 'year', 'q', ...op.queryParams.map((q) => q.name)]);
          for (const name of names) {
            for (const v of pick(HOSTILE_VALUES, VALUES_SAMPLED, `GET ${op.path}?${name} ${lang}`)) {
              const res = await w.api('GET', `${path}?${name}=${v}&${name}=2`, undefined, { lang });
              for (const p of await apiProblems(res, lang))
                problems.push(`${lang} GET ${op.path}?${name}=${v.slice(0, 20)}: ${p}`);
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
