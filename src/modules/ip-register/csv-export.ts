/**
 * The register as CSV: a BOM (spreadsheets read Chinese right), headers in the reader's language, codes
 * for values (so the file imports back unchanged in either language), every text cell made inert for
 * spreadsheets (= + - @ get a leading apostrophe, which the import takes off again). The expiry and next
 * deadline are added for reading; the import ignores them.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { type Lang, text } from '../../lib/bilingual.js';
import { users } from '../accounts/schema.js';
import { writeCsv } from '../directory/index.js';
import { readScope } from './access.js';
import { COLUMNS } from './csv-columns.js';
import { openDeadlines } from './queries.js';
import { ipDeadlines, ipRightResponsibles, ipRights, type RightRow } from './schema.js';

const CHUNK = 1000;

function cell(
  r: RightRow,
  path: string,
  extra: { responsible: string; nextDue: string; next: string },
): string | number {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (path === 'right') return r.rightKind;
  if (path === 'responsibleIds') return extra.responsible;
  if (path === 'expiry') return r.expiresOn ?? '';
  if (path === 'nextDue') return extra.nextDue;
  if (path === 'nextDeadline') return extra.next;
  if (head === 'title') return r.title[tail as 'en' | 'zh'];
  if (head === 'dates') return r.dates[tail as keyof RightRow['dates']] ?? '';
  if (head === 'options') {
    const v = r.options[tail as keyof RightRow['options']];
    if (v === undefined) return '';
    if (Array.isArray(v)) return v.join(';');
    if (typeof v === 'boolean') return v ? 'yes' : '';
    return typeof v === 'number' ? v : String(v);
  }
  const v = (r as unknown as Record<string, unknown>)[path];
  return typeof v === 'string' ? v : '';
}

export async function exportRightsCsv(
  db: Db,
  viewer: Actor,
  organisationId: string,
  lang: Lang,
  today: string,
): Promise<string> {
  const rights = await db
    .select()
    .from(ipRights)
    .where(and(eq(ipRights.organisationId, organisationId), readScope(viewer, ipRights.organisationId)))
    .orderBy(asc(ipRights.createdAt), asc(ipRights.id));
  const responsible = new Map<string, string[]>();
  const next = new Map<string, { due: string; label: { en: string; zh: string } }>();
  for (let i = 0; i < rights.length; i += CHUNK) {
    const ids = rights.slice(i, i + CHUNK).map((r) => r.id);
    const [people, firsts] = await Promise.all([
      db
        .select({ rightId: ipRightResponsibles.rightId, email: users.email })
        .from(ipRightResponsibles)
        .innerJoin(users, eq(users.id, ipRightResponsibles.userId))
        .where(inArray(ipRightResponsibles.rightId, ids))
        .orderBy(asc(users.email)),
      db
        .selectDistinctOn([ipDeadlines.rightId], {
          rightId: ipDeadlines.rightId,
          due: ipDeadlines.due,
          label: ipDeadlines.label,
        })
        .from(ipDeadlines)
        .where(and(openDeadlines(viewer, organisationId, {}, today), inArray(ipDeadlines.rightId, ids)))
        .orderBy(ipDeadlines.rightId, asc(ipDeadlines.due), sql`${ipDeadlines.key}`),
    ]);
    for (const p of people) responsible.set(p.rightId, [...(responsible.get(p.rightId) ?? []), p.email]);
    for (const f of firsts) next.set(f.rightId, { due: f.due, label: f.label });
  }
  return writeCsv([
    COLUMNS.map((col) => col[lang]),
    ...rights.map((r) => {
      const n = next.get(r.id);
      const extra = {
        responsible: (responsible.get(r.id) ?? []).join(';'),
        nextDue: n?.due ?? '',
        next: n ? text(n.label, lang) : '',
      };
      return COLUMNS.map((col) => (col.path === 'id' ? r.id : cell(r, col.path, extra)));
    }),
  ]);
}
