import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database, Db } from '../../db/client.js';
import { searchText } from '../../lib/search-text.js';
import { type Stage, stageLogger } from '../../lib/stage-log.js';
import { nextTranslationState } from '../../lib/translation.js';
import { organisationSearchText, personSearchText } from '../directory/index.js';
import { organisations, people } from '../directory/schema.js';
import { eventSearchText } from '../events/index.js';
import {
  events,
  headcountReportEvents,
  headcountReports,
  programmePartners,
  programmes,
} from '../events/schema.js';
import { contacts, links, news, newsEvents } from '../news/schema.js';
import { cities } from '../places/schema.js';
import {
  CITIES,
  CONTACTS,
  DEMO_SEED_NAME,
  HEADCOUNTS,
  LINKS,
  ORGANISATIONS,
  PEOPLE,
  PROGRAMME,
  ROUNDS,
  SOURCE,
} from './demo-data.js';
import { NEWS } from './demo-news.js';
import { appliedSeeds } from './schema.js';
import { STARTER_CONTENT } from './starter-content.js';

const NO_VENUE = { en: '', zh: '' };
const NO_ROLE = { en: '', zh: '' };

/** Serialises the first start of several app processes on one PostgreSQL. */
const SEED_LOCK = 724_201_002;

/**
 * Loads the demo programme from the seed document on the first start only, then the starter content
 * of other modules. The data and the `applied_seeds` row are written in one transaction, under an
 * advisory lock, so two processes starting at once load it once. Each part is logged with its
 * duration (the first start spends most of its time here). Returns whether it loaded anything.
 */
export async function seedDemoOnce(
  database: Database,
  logger: Logger,
  stage: Stage = stageLogger(logger),
): Promise<boolean> {
  const outcome = (loaded: boolean) => (loaded ? 'loaded' : 'already loaded');
  return database.withAdvisoryLock(SEED_LOCK, async () => {
    const demo = await stage('demo programme', () => loadOnce(database, DEMO_SEED_NAME, loadDemo), outcome);
    // Starter content of other modules comes after the programme, which it may link to. Each
    // has its own name, so content added in a later release still loads once on an older database.
    const starter = await stage(
      'starter content',
      async () => {
        let any = false;
        for (const content of STARTER_CONTENT) {
          if (await loadOnce(database, content.name, content.load)) any = true;
        }
        return any;
      },
      outcome,
    );
    return demo || starter;
  });
}

/** Runs a load and records its name in one transaction, unless the name is already recorded. */
async function loadOnce(database: Database, name: string, load: (db: Db, now: Date) => Promise<void>) {
  return database.db.transaction(async (tx) => {
    const [done] = await tx.select().from(appliedSeeds).where(eq(appliedSeeds.name, name));
    if (done) return false;
    await load(tx, new Date());
    await tx.insert(appliedSeeds).values({ name });
    return true;
  });
}

async function loadDemo(db: Db, now: Date): Promise<void> {
  const translated = (...fields: { en: string; zh: string }[]) => nextTranslationState(null, fields, now);

  const orgIds = new Map<string, string>();
  for (const o of ORGANISATIONS) {
    const [row] = await db
      .insert(organisations)
      .values({
        name: o.name,
        abbreviation: o.key,
        kind: o.kind,
        website: o.website,
        searchText: organisationSearchText({ name: o.name, abbreviation: o.key, province: '' }, null),
      })
      .returning({ id: organisations.id });
    orgIds.set(o.key, row!.id);
  }

  const [programme] = await db
    .insert(programmes)
    .values({
      slug: PROGRAMME.slug,
      title: PROGRAMME.title,
      description: PROGRAMME.description,
      startYear: PROGRAMME.startYear,
      endYear: PROGRAMME.endYear,
      ...translated(PROGRAMME.title, PROGRAMME.description),
    })
    .returning({ id: programmes.id });
  const programmeId = programme!.id;
  await db
    .insert(programmePartners)
    .values(
      PROGRAMME.partners.map((p) => ({ programmeId, organisationId: orgIds.get(p.org)!, role: p.role })),
    );

  const cityRows = await db
    .insert(cities)
    .values(CITIES.map((c) => ({ slug: c.slug, province: c.province, name: c.name, lat: c.lat, lon: c.lon })))
    .returning({ id: cities.id, slug: cities.slug });
  const cityIds = new Map(cityRows.map((c) => [c.slug, c.id]));

  const eventIds = new Map<string, string[]>();
  const eventIdByCity = new Map<string, string>();
  for (const round of ROUNDS) {
    const ids: string[] = [];
    for (const slug of round.cities) {
      const city = CITIES.find((c) => c.slug === slug)!;
      const title = round.title(city.name);
      const [startDate, endDate] = round.days?.[slug] ?? [round.startDate, round.endDate];
      const [row] = await db
        .insert(events)
        .values({
          programmeId,
          round: { en: round.round, zh: round.round },
          title,
          description: round.description,
          venue: NO_VENUE,
          cityId: cityIds.get(slug)!,
          province: city.province,
          startDate,
          endDate,
          datePrecision: round.precision,
          audience: round.audience,
          status: 'completed',
          searchText: eventSearchText(
            {
              title,
              description: round.description,
              venue: NO_VENUE,
              round: { en: round.round, zh: round.round },
            },
            city,
            PROGRAMME,
          ),
          ...translated(title, round.description),
        })
        .returning({ id: events.id });
      ids.push(row!.id);
      eventIdByCity.set(slug, row!.id);
    }
    eventIds.set(round.round, ids);
  }

  for (const h of HEADCOUNTS) {
    const [report] = await db
      .insert(headcountReports)
      .values({
        programmeId,
        label: h.label,
        count: h.count,
        approximate: true,
        basis: h.basis,
        source: SOURCE,
      })
      .returning({ id: headcountReports.id });
    const covered = h.rounds.flatMap((r) => eventIds.get(r) ?? []);
    await db
      .insert(headcountReportEvents)
      .values(covered.map((eventId) => ({ reportId: report!.id, eventId })));
  }

  const [item] = await db
    .insert(news)
    .values({
      slug: NEWS.slug,
      title: NEWS.title,
      summary: NEWS.summary,
      body: NEWS.body,
      status: 'published',
      publishedAt: NEWS.publishedAt,
      publishedPrecision: NEWS.publishedPrecision,
      source: NEWS.source,
      searchText: searchText(
        NEWS.title.en,
        NEWS.title.zh,
        NEWS.summary.en,
        NEWS.summary.zh,
        NEWS.body.en,
        NEWS.body.zh,
      ),
      ...translated(NEWS.title, NEWS.summary, NEWS.body),
    })
    .returning({ id: news.id });
  await db
    .insert(newsEvents)
    .values(NEWS.citySlugs.map((slug) => ({ newsId: item!.id, eventId: eventIdByCity.get(slug)! })));

  const personIds = new Map<string, string>();
  for (const p of PEOPLE) {
    const org = ORGANISATIONS.find((o) => o.key === p.org)!;
    const [row] = await db
      .insert(people)
      .values({
        name: p.name,
        honorific: p.honorific,
        nameZh: p.nameZh,
        sex: p.sex,
        email: p.email,
        organisationId: orgIds.get(p.org)!,
        searchText: personSearchText(
          { name: p.name, nameAlt: '', nameZh: p.nameZh, honorific: p.honorific, role: NO_ROLE },
          { name: org.name, abbreviation: org.key },
        ),
      })
      .returning({ id: people.id });
    personIds.set(p.key, row!.id);
  }

  await db.insert(contacts).values(
    CONTACTS.map((c, i) => ({
      topic: c.topic,
      personId: personIds.get(c.person)!,
      sortOrder: i + 1,
      ...translated(c.topic),
    })),
  );

  await db.insert(links).values(
    LINKS.map((l, i) => ({
      title: l.title,
      description: l.description,
      url: l.url,
      sortOrder: i + 1,
      ...translated(l.title, l.description),
    })),
  );
}
