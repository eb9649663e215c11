import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { type Lang, text } from '../../lib/bilingual.js';
import { actsEverywhere, inScope, listCities, PROVINCES, provinceName } from '../places/index.js';

/** Cities an editor may pick: all for managers, those in a coordinator's scope for coordinators. */
export async function cityOptions(db: Db, user: Actor, lang: Lang) {
  const all = await listCities(db);
  return all
    .filter((c) => inScope(user, c.province, c.id))
    .map((c) => ({
      value: c.id,
      label: `${text(c.name, lang)} · ${text(provinceName(c.province), lang)}`,
      province: c.province,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** Provinces where the editor may add a city: any for managers, whole-province scopes for coordinators. */
export function provinceOptions(user: Actor, lang: Lang) {
  return PROVINCES.filter((p) => actsEverywhere(user) || inScope(user, p.code, null)).map((p) => ({
    value: p.code,
    label: text(p.name, lang),
  }));
}
