import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { canManageProgrammes } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import { AppError } from '../../lib/errors.js';
import type { FieldProblems } from '../../lib/field-errors.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { organisations } from '../directory/schema.js';
import { cities } from '../places/schema.js';
import { validationError } from './event-fields.js';
import { getProgramme, PARTNER_ROLES, type PartnerRole, type Programme } from './programme-queries.js';
import { events, programmePartners, programmes } from './schema.js';
import { eventSearchText } from './search.js';

export interface ProgrammeFields {
  slug: string;
  title: Bilingual;
  description: Bilingual;
  startYear: number;
  endYear: number | null;
  partners: { organisationId: string; role: PartnerRole }[];
}

// Page paths under /programmes that a slug must not shadow.
const RESERVED_SLUGS = ['new'];
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

function clean(f: ProgrammeFields): ProgrammeFields {
  return {
    ...f,
    slug: f.slug.trim().toLowerCase(),
    title: { en: cleanText(f.title.en ?? ''), zh: cleanText(f.title.zh ?? '') },
    description: {
      en: cleanText(f.description.en ?? '', { multiline: true }),
      zh: cleanText(f.description.zh ?? '', { multiline: true }),
    },
  };
}

export function programmeFieldErrors(f: ProgrammeFields): FieldProblems {
  const e: FieldProblems = {};
  if (!SLUG.test(f.slug) || RESERVED_SLUGS.includes(f.slug)) e.slug = 'events.error.slug';
  if (!f.title.en && !f.title.zh) e['title.en'] = 'form.oneLanguage';
  if (f.title.en.length > 200) e['title.en'] = 'events.error.textLength';
  if (f.title.zh.length > 200) e['title.zh'] = 'events.error.textLength';
  if (f.description.en.length > 20_000) e['description.en'] = 'events.error.textLength';
  if (f.description.zh.length > 20_000) e['description.zh'] = 'events.error.textLength';
  const okYear = (y: number) => Number.isInteger(y) && y >= 1980 && y <= 2100;
  if (!okYear(f.startYear)) e.startYear = 'events.error.year';
  if (f.endYear !== null && !okYear(f.endYear)) e.endYear = 'events.error.year';
  else if (f.endYear !== null && f.endYear < f.startYear) e.endYear = 'events.error.endBeforeStart';
  if (f.partners.some((p) => !PARTNER_ROLES.includes(p.role))) e.partners = 'form.choose';
  return e;
}

function requireManager(actor: Actor) {
  if (!canManageProgrammes(actor)) throw new AppError('forbidden', 'programmes are for managers');
}

async function writePartners(tx: Db, programmeId: string, partners: ProgrammeFields['partners']) {
  await tx.delete(programmePartners).where(eq(programmePartners.programmeId, programmeId));
  const unique = [...new Map(partners.map((p) => [p.organisationId, p])).values()];
  const ids = unique.map((p) => p.organisationId);
  const known = ids.length
    ? await tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, ids))
    : [];
  if (known.length !== ids.length)
    throw validationError({ partners: 'events.error.partnerUnknown' }, 'programme');
  if (unique.length) await tx.insert(programmePartners).values(unique.map((p) => ({ programmeId, ...p })));
}

const partnersOf = (tx: Db, programmeId: string) =>
  tx
    .select({ organisationId: programmePartners.organisationId, role: programmePartners.role })
    .from(programmePartners)
    .where(eq(programmePartners.programmeId, programmeId));

/** Creates a programme: managers only, or the system itself (a null actor: demo loader, command line). */
export async function createProgramme(
  db: Db,
  actor: Actor | null,
  input: ProgrammeFields,
  opts: { now?: Date; inStep?: boolean } = {},
): Promise<Programme> {
  if (actor) requireManager(actor);
  const f = clean(input);
  const errors = programmeFieldErrors(f);
  if (Object.keys(errors).length) throw validationError(errors, 'programme');
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    if (await getProgramme(tx, f.slug))
      throw validationError({ slug: 'events.error.slugTaken' }, 'programme');
    const tr = nextTranslationState(null, [f.title, f.description], now, opts.inStep);
    const [row] = await tx
      .insert(programmes)
      .values({ ...f, ...tr })
      .returning();
    await writePartners(tx, row!.id, f.partners);
    const after = { ...row!, partners: await partnersOf(tx, row!.id) };
    await recordAudit(tx, actor, { action: 'create', entity: 'programme', entityId: row!.id, after });
    return row!;
  });
}

export async function updateProgramme(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<ProgrammeFields>,
  opts: { now?: Date; inStep?: boolean } = {},
): Promise<Programme> {
  requireManager(actor);
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(programmes).where(eq(programmes.id, id)).for('update');
    if (!before) throw new AppError('not_found');
    const beforePartners = await partnersOf(tx, id);
    const f = clean({
      slug: patch.slug ?? before.slug,
      title: patch.title ?? before.title,
      description: patch.description ?? before.description,
      startYear: patch.startYear ?? before.startYear,
      endYear: patch.endYear === undefined ? before.endYear : patch.endYear,
      partners: patch.partners ?? beforePartners,
    });
    const errors = programmeFieldErrors(f);
    if (Object.keys(errors).length) throw validationError(errors, 'programme');
    const other = f.slug !== before.slug ? await getProgramme(tx, f.slug) : null;
    if (other) throw validationError({ slug: 'events.error.slugTaken' }, 'programme');
    const tr = nextTranslationState(
      {
        fields: [before.title, before.description],
        enEditedAt: before.enEditedAt,
        zhEditedAt: before.zhEditedAt,
      },
      [f.title, f.description],
      now,
      opts.inStep,
    );
    const { partners, ...cols } = f;
    const [row] = await tx
      .update(programmes)
      .set({ ...cols, ...tr, updatedAt: now })
      .where(eq(programmes.id, id))
      .returning();
    if (patch.partners) await writePartners(tx, id, partners);
    if (f.slug !== before.slug || JSON.stringify(f.title) !== JSON.stringify(before.title)) {
      await refreshEventSearch(tx, row!);
    }
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'programme',
      entityId: id,
      before: { ...before, partners: beforePartners },
      after: { ...row!, partners: await partnersOf(tx, id) },
    });
    return row!;
  });
}

/** Events are found by their programme's name too, so a renamed programme re-indexes its events. */
async function refreshEventSearch(tx: Db, programme: Programme) {
  const rows = await tx
    .select({ event: events, city: cities })
    .from(events)
    .innerJoin(cities, eq(cities.id, events.cityId))
    .where(eq(events.programmeId, programme.id));
  for (const { event, city } of rows) {
    await tx
      .update(events)
      .set({ searchText: eventSearchText(event, city, programme) })
      .where(eq(events.id, event.id));
  }
}

/**
 * The programme an event joins when whoever creates it names none (the API allows that): a
 * standing "other events" programme, made on first use.
 */
export async function defaultProgramme(db: Db, actor: Actor, year: number): Promise<Programme> {
  const existing = await getProgramme(db, DEFAULT_PROGRAMME_SLUG);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(programmes)
      .values({
        slug: DEFAULT_PROGRAMME_SLUG,
        title: { en: 'Other training events', zh: '其他培训活动' },
        startYear: year,
        translationStatus: 'complete',
      })
      .onConflictDoNothing()
      .returning();
    if (!row) return (await getProgramme(tx, DEFAULT_PROGRAMME_SLUG))!;
    await recordAudit(tx, actor, { action: 'create', entity: 'programme', entityId: row.id, after: row });
    return row;
  });
}

export const DEFAULT_PROGRAMME_SLUG = 'other-events';
