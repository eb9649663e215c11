/**
 * The personal iCalendar feed of an organisation's deadlines. Its URL carries a random token of which only
 * the SHA-256 is stored; a new link revokes the previous one, and the feed answers only while its owner
 * may still see the register (a revoked share or a move to another organisation ends it too).
 */
import { and, asc, desc, eq, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { type Lang, text } from '../../lib/bilingual.js';
import { formatDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { type Translator, translator } from '../../web/i18n/index.js';
import { loadUser, newSecretToken, sha256 } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import { organisations } from '../directory/schema.js';
import { type IcalEvent, writeIcalendar } from '../events/index.js';
import { readScope } from './access.js';
import { basisIn } from './compute.js';
import { addDays, addMonths } from './engine/dates.js';
import { inGrace } from './grace.js';
import { surchargeText } from './grace-text.js';
import { openDeadlines } from './queries.js';
import { ipDeadlines, ipFeedTokens, ipRights } from './schema.js';

/** How far ahead the feed reaches, and how many entries at most: a calendar app is not an archive. */
export const FEED_MONTHS = 36;
export const FEED_LIMIT = 3000;

async function visibleOrganisation(tx: Db, actor: Actor, organisationId: string) {
  const [org] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), readScope(actor, organisations.id)));
  if (!org) throw new AppError('not_found', 'register');
  return org;
}

/** A new secret link for the user and organisation; the previous one stops working. Returns the token once. */
export async function createFeedToken(
  db: Db,
  actor: Actor,
  organisationId: string,
  now: Date,
): Promise<string> {
  return db.transaction(async (tx) => {
    await visibleOrganisation(tx, actor, organisationId);
    await revokeAll(tx, actor.id, organisationId, now);
    const token = newSecretToken(32);
    await tx.insert(ipFeedTokens).values({ userId: actor.id, organisationId, tokenHash: sha256(token) });
    await recordAudit(tx, actor, { action: 'feed_link', entity: 'ip_register', entityId: organisationId });
    return token;
  });
}

async function revokeAll(tx: Db, userId: string, organisationId: string, now: Date) {
  return tx
    .update(ipFeedTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(ipFeedTokens.userId, userId),
        eq(ipFeedTokens.organisationId, organisationId),
        isNull(ipFeedTokens.revokedAt),
      ),
    )
    .returning({ id: ipFeedTokens.id });
}

export async function revokeFeedTokens(db: Db, actor: Actor, organisationId: string, now: Date) {
  return db.transaction(async (tx) => {
    const revoked = await revokeAll(tx, actor.id, organisationId, now);
    if (revoked.length)
      await recordAudit(tx, actor, {
        action: 'feed_revoke',
        entity: 'ip_register',
        entityId: organisationId,
      });
    return revoked.length;
  });
}

/** The user's current link, without its secret: when made and last read. */
export async function currentFeed(db: Db, userId: string, organisationId: string) {
  const [row] = await db
    .select({ createdAt: ipFeedTokens.createdAt, lastUsedAt: ipFeedTokens.lastUsedAt })
    .from(ipFeedTokens)
    .where(
      and(
        eq(ipFeedTokens.userId, userId),
        eq(ipFeedTokens.organisationId, organisationId),
        isNull(ipFeedTokens.revokedAt),
      ),
    )
    .orderBy(desc(ipFeedTokens.createdAt))
    .limit(1);
  return row ?? null;
}

/** The feed's text for a token, or null when the token is unknown, revoked, or its owner lost access. */
export async function feedFor(
  db: Db,
  token: string,
  o: { lang: Lang; today: string; now: Date; baseUrl: string },
): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select()
    .from(ipFeedTokens)
    .where(and(eq(ipFeedTokens.tokenHash, sha256(token)), isNull(ipFeedTokens.revokedAt)));
  if (!row) return null;
  const user = await loadUser(db, row.userId);
  if (!user) return null;
  const [org] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, row.organisationId), readScope(user, organisations.id)));
  if (!org) return null;
  await db.update(ipFeedTokens).set({ lastUsedAt: o.now }).where(eq(ipFeedTokens.id, row.id));
  const rows = await db
    .select({ deadline: ipDeadlines, title: ipRights.title, updatedAt: ipRights.updatedAt })
    .from(ipDeadlines)
    .innerJoin(ipRights, eq(ipRights.id, ipDeadlines.rightId))
    .where(
      and(openDeadlines(user, org.id, {}, o.today), lte(ipDeadlines.due, addMonths(o.today, FEED_MONTHS))),
    )
    .orderBy(asc(ipDeadlines.due), asc(ipDeadlines.id))
    .limit(FEED_LIMIT);
  const t = translator(o.lang);
  return writeIcalendar({
    prodId: '-//IP Cascade//IP register//EN',
    name: t('ip.feed.calendarName', { organisation: text(org.name, o.lang) }),
    description: t('ip.feed.calendarDescription'),
    events: rows.map((r) => feedEvent(t, o.lang, o.baseUrl, o.today, r)),
  });
}

function feedEvent(
  t: Translator,
  lang: Lang,
  baseUrl: string,
  today: string,
  r: { deadline: typeof ipDeadlines.$inferSelect; title: { en: string; zh: string }; updatedAt: Date },
): IcalEvent {
  const d = r.deadline;
  const url = `${baseUrl}/${lang}/toolkit/register/rights/${d.rightId}`;
  const date = (iso: string) => formatDate(iso, lang);
  const label = text(d.label, lang);
  const title = text(r.title, lang);
  // Once the due date has passed, the entry moves to the end of the grace period, which is what is left.
  const grace = inGrace(d, today);
  const day = grace ? d.graceEnds! : d.due;
  // Chinese text takes full-width punctuation.
  const field = (label: string, value: string) => `${label}${lang === 'zh' ? '：' : ': '}${value}`;
  const aside = (s: string) => (lang === 'zh' ? `（${s}）` : ` (${s})`);
  const lines = [
    grace
      ? t('ip.feed.missed', { date: date(d.due) })
      : field(
          t('ip.schedule.due'),
          `${date(d.due)}${d.dueRaw !== d.due ? aside(`${t('ip.schedule.rawWas')} ${date(d.dueRaw)}`) : ''}`,
        ),
    !grace && d.opens ? field(t('ip.schedule.opens'), date(d.opens)) : '',
    d.graceEnds ? field(t('ip.schedule.graceEnds'), date(d.graceEnds)) : '',
    grace ? surchargeText(t, lang, d.surcharge, today) : '',
    field(t('ip.schedule.basis'), basisIn(d.basis, lang)),
    d.uncertain ? t('ip.feed.uncertain') : '',
    '',
    url,
  ].filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''));
  const summary = grace ? t('ip.feed.graceSummary', { deadline: label, title }) : `${label} – ${title}`;
  // A moved entry is a revision: calendars that keep entries compare the stamp and the sequence.
  const movedOn = new Date(`${addDays(d.due, 1)}T00:00:00+08:00`);
  return {
    uid: `ip-${d.rightId}-${d.key.replace(/[^A-Za-z0-9.-]+/g, '-')}@ip-cascade`,
    dtstamp: grace && movedOn > r.updatedAt ? movedOn : r.updatedAt,
    sequence: grace ? 1 : undefined,
    when: { kind: 'date', first: day, last: day },
    summary,
    description: lines.join('\n'),
    url,
    status: 'CONFIRMED',
    categories: [t(`ip.jurisdiction.${d.jurisdiction}`)],
    alarms: [{ before: 'P7D', description: summary }],
  };
}
