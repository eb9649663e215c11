import { eq } from 'drizzle-orm';
import type { Browser, TestApp } from '../../../tests/helpers/app.js';
import type { Db } from '../../db/client.js';
import type { Actor, Role } from '../../lib/actor.js';
import { loadUser } from '../accounts/index.js';
import { users } from '../accounts/schema.js';
import { organisations } from '../directory/schema.js';
import type { RightInput } from './input.js';

let n = 0;

export async function addOrganisation(db: Db, name = `SME ${++n}`, zh = `中小企业${n}`) {
  const [org] = await db
    .insert(organisations)
    .values({ name: { en: name, zh }, kind: 'enterprise', size: 'sme' })
    .returning();
  return org!;
}

/** A signed-in browser of the role, working for the organisation, with its domain-side user. */
export async function member(
  t: TestApp,
  role: Role,
  organisationId: string | null,
  opts: { lang?: 'en' | 'zh'; email?: string; name?: string } = {},
): Promise<{ browser: Browser; user: Actor }> {
  const browser = await t.signIn(role, { email: opts.email });
  await t.database.db
    .update(users)
    .set({ organisationId, preferredLang: opts.lang ?? 'en', name: opts.name ?? `${role} ${++n}` })
    .where(eq(users.id, browser.userId!));
  return { browser, user: (await loadUser(t.database.db, browser.userId!))! };
}

/** A Chinese trade mark registered on 7 March 2015 (valid to 6 March 2025, ip-rules.md). */
export const cnTrademark = (over: Partial<RightInput> = {}): RightInput => ({
  jurisdiction: 'CN',
  right: 'trademark',
  title: { en: 'Lotus', zh: '莲花' },
  applicationNumber: '14000001',
  registrationNumber: '14000001',
  owner: 'Lotus Tech Co., Ltd.',
  status: 'in-force',
  dates: { registration: '2015-03-07' },
  options: {},
  notes: '',
  responsibleIds: [],
  ...over,
});

/** A European patent application filed 15 November 2016 (the EPO's own example A). */
export const epPatent = (over: Partial<RightInput> = {}): RightInput => ({
  jurisdiction: 'EP',
  right: 'patent',
  title: { en: 'Heat exchanger', zh: '换热器' },
  applicationNumber: 'EP16198765.4',
  registrationNumber: '',
  owner: 'Lotus Tech Co., Ltd.',
  status: 'pending',
  dates: { filing: '2016-11-15' },
  options: {},
  notes: '',
  responsibleIds: [],
  ...over,
});

/** The form fields of a right, as a browser posts them. */
export function formOf(i: RightInput): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {
    jurisdiction: i.jurisdiction,
    right: i.right,
    'title.en': i.title.en,
    'title.zh': i.title.zh,
    applicationNumber: i.applicationNumber,
    registrationNumber: i.registrationNumber,
    owner: i.owner,
    status: i.status,
    notes: i.notes,
  };
  for (const [k, v] of Object.entries(i.dates)) if (v) out[`dates.${k}`] = v;
  for (const [k, v] of Object.entries(i.options)) {
    if (v === undefined) continue;
    out[`options.${k}`] = Array.isArray(v) ? v : v === true ? 'on' : String(v);
  }
  if (i.responsibleIds.length) out.responsibleIds = i.responsibleIds;
  return out;
}

/** A clock fixed at noon, Beijing time, on the day given. */
export const noonOn = (day: string) => () => new Date(`${day}T12:00:00+08:00`);

/** The visible text of an HTML page, tags dropped and spaces collapsed. */
export const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
