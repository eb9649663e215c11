// Hostile input, part 4 of 4: every page form, in both languages. Sampled by a fixed seed
// (tests/integration/support/sweep.ts); `npm run sweep:hostile` sends every attack to every form.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../helpers/db.js';
import { appRoutes, discoverForms, routeRegex, toLang } from './support/forms.js';
import { attackForm } from './support/hostile-forms.js';
import { checksAfterSweep, sweepWorld } from './support/hostile-world.js';
import { onThisDatabase, SWEEP_NAME, sweepTimeout, withoutIds } from './support/sweep.js';
import type { Lang } from './support/world.js';

const LANGS: Lang[] = ['en', 'zh'];

describe.each(DATABASE_KINDS)(`hostile form posts (%s, ${SWEEP_NAME})`, (kind) => {
  const sweep = sweepWorld(kind);

  it(
    're-renders every page form with what was typed, or a translated error, never a 5xx',
    async () => {
      const { w } = sweep;
      const forms = await discoverForms(w);
      const posted = appRoutes(w).filter((r) => r.method === 'POST' && r.path.startsWith('/en/'));
      // Every form-handling route of the app is reached from some page.
      const missing = posted.filter((r) => !forms.some((f) => routeRegex(r.path).test(f.action)));
      expect(missing.map((r) => r.path)).toEqual([]);

      const problems: string[] = [];
      for (const form of forms) {
        for (const lang of LANGS) {
          if (!onThisDatabase(kind, `${withoutIds(form.action)} ${lang}`)) continue;
          for (const p of await attackForm(w, form, lang))
            problems.push(`POST ${toLang(form.action, lang)} ${p}`);
        }
      }
      expect(problems).toEqual([]);
    },
    sweepTimeout(450_000),
  );

  checksAfterSweep(sweep);
});
