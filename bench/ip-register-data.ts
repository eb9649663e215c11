// A synthetic SME portfolio for the IP register benchmark, and the database prepared with it.
import { eq } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { createSession, loadUser } from '../src/modules/accounts/index.js';
import { users } from '../src/modules/accounts/schema.js';
import { organisations } from '../src/modules/directory/schema.js';
import type { PlannedRight, RightInput } from '../src/modules/ip-register/index.js';
import { addMonths, computeSchedule, writePlanned } from '../src/modules/ip-register/index.js';
import { ipDeadlines } from '../src/modules/ip-register/schema.js';

/** A deterministic pseudo-random sequence, so every run measures the same portfolio. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const day = (r: () => number, from: string, spanDays: number) => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.floor(r() * spanDays));
  return d.toISOString().slice(0, 10);
};

/** The mix of a manufacturing SME that files at home and abroad: mostly Chinese patents and marks. */
const MIX: [
  number,
  (r: () => number) => Pick<RightInput, 'jurisdiction' | 'right' | 'status' | 'dates' | 'options'>,
][] = [
  [
    25,
    (r) => ({
      jurisdiction: 'CN',
      right: 'invention',
      status: 'in-force',
      dates: { filing: day(r, '2008-01-01', 5000) },
      options: {},
    }),
  ],
  [
    15,
    (r) => ({
      jurisdiction: 'CN',
      right: 'utility-model',
      status: 'in-force',
      dates: { filing: day(r, '2016-01-01', 3300) },
      options: {},
    }),
  ],
  [
    10,
    (r) => ({
      jurisdiction: 'CN',
      right: 'design',
      status: 'in-force',
      dates: { filing: day(r, '2014-01-01', 4000) },
      options: {},
    }),
  ],
  [
    20,
    (r) => ({
      jurisdiction: 'CN',
      right: 'trademark',
      status: 'in-force',
      dates: { registration: day(r, '1998-01-01', 10000) },
      options: {},
    }),
  ],
  [
    8,
    (r) => ({
      jurisdiction: 'EU',
      right: 'trademark',
      status: 'in-force',
      dates: { filing: day(r, '2005-01-01', 7000) },
      options: {},
    }),
  ],
  [
    8,
    (r) => ({
      jurisdiction: 'EP',
      right: 'patent',
      status: 'pending',
      dates: { filing: day(r, '2010-01-01', 5400) },
      options: {},
    }),
  ],
  [
    6,
    (r) => ({
      jurisdiction: 'US',
      right: 'patent',
      status: 'in-force',
      dates: { filing: day(r, '2008-01-01', 3000) },
      options: {},
    }),
  ],
  [
    4,
    (r) => ({
      jurisdiction: 'US',
      right: 'trademark',
      status: 'in-force',
      dates: { registration: day(r, '2005-01-01', 7000) },
      options: {},
    }),
  ],
  [
    2,
    (r) => ({
      jurisdiction: 'PCT',
      right: 'patent',
      status: 'pending',
      dates: { priority: day(r, '2024-01-01', 900) },
      options: {},
    }),
  ],
  [
    2,
    (r) => ({
      jurisdiction: 'CN',
      right: 'software',
      status: 'in-force',
      dates: { completion: day(r, '2010-01-01', 5000) },
      options: { ownerKind: 'legal' },
    }),
  ],
];

export function portfolio(n: number, seed = 2026): RightInput[] {
  const r = random(seed);
  const total = MIX.reduce((a, [w]) => a + w, 0);
  return Array.from({ length: n }, (_, i) => {
    let pick = r() * total;
    let make = MIX[0]![1];
    for (const [weight, kind] of MIX) {
      make = kind;
      pick -= weight;
      if (pick < 0) break;
    }
    const base = make(r);
    // Granted patents: a grant date two to five years after filing.
    if (
      (base.right === 'invention' ||
        base.right === 'patent' ||
        base.right === 'utility-model' ||
        base.right === 'design') &&
      base.dates.filing &&
      base.jurisdiction !== 'EP'
    ) {
      base.dates = { ...base.dates, grant: addMonths(base.dates.filing, 24 + Math.floor(r() * 36)) };
    }
    return {
      ...base,
      title: { en: `Right no. ${i + 1}`, zh: `第${i + 1}项权利` },
      applicationNumber: `APP-${String(i + 1).padStart(6, '0')}`,
      registrationNumber: '',
      owner: 'Lotus Tech Co., Ltd.',
      notes: '',
      responsibleIds: [],
    } as RightInput;
  });
}

/** Schedules of the whole portfolio, as the engine computes them; returns the number of deadlines. */
export function computeAll(rights: RightInput[], asOf: string): number {
  let deadlines = 0;
  for (const right of rights) {
    const s = computeSchedule({
      jurisdiction: right.jurisdiction,
      right: right.right,
      dates: right.dates,
      options: { ...right.options, asOf },
    });
    if (!s.ok) throw new Error(`${right.jurisdiction} ${right.right}: ${s.error.reason.en}`);
    deadlines += s.deadlines.length;
  }
  return deadlines;
}

/**
 * A database holding one SME with the whole portfolio, written by the CSV import's writer in one
 * transaction; returns the organisation, a session cookie of its SME user and how long the write took.
 */
export async function prepareRegister(
  target: { databaseUrl?: string; dataDir: string },
  n: number,
  now: Date,
  today: string,
): Promise<{ organisationId: string; cookie: string; importMs: number; deadlines: number }> {
  const database: Database = await openDatabase(target);
  try {
    await migrate(database);
    const db = database.db;
    const [org] = await db
      .insert(organisations)
      .values({ name: { en: 'Lotus Tech', zh: '莲花科技' }, kind: 'enterprise', size: 'sme' })
      .returning();
    const [u] = await db
      .insert(users)
      .values({
        email: 'bench@lotus.example',
        name: 'Bench',
        role: 'sme',
        organisationId: org!.id,
        preferredLang: 'en',
      })
      .returning();
    const actor = (await loadUser(db, u!.id))!;
    const rows: PlannedRight[] = portfolio(n).map((input, i) => ({
      row: i + 2,
      id: null,
      input,
      label: input.title.en,
    }));
    const t0 = performance.now();
    await db.transaction(async (tx) => {
      await writePlanned(tx as unknown as typeof db, actor, org!.id, rows, now, today);
    });
    const importMs = performance.now() - t0;
    const deadlines = (
      await db.select({ id: ipDeadlines.id }).from(ipDeadlines).where(eq(ipDeadlines.organisationId, org!.id))
    ).length;
    const cookie = `sid=${await createSession(db, u!.id, now)}`;
    return { organisationId: org!.id, cookie, importMs, deadlines };
  } finally {
    await database.close();
  }
}
