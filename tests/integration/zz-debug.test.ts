import { it } from 'vitest';
import { discoverForms } from './support/forms.js';
import { world } from './support/world.js';
it('debug', async () => {
  const w = await world('pglite');
  const forms = await discoverForms(w);
  for (const f of forms) console.log(f.action, f.enctype.slice(0, 9), f.fields.map((x) => `${x.name}:${x.type}=${x.value.slice(0, 20)}`).join(' | '));
  await w.t.close();
}, 120000);
