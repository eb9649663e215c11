import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import type { Services } from '../../lib/services.js';
import { OB_V3, VC_V2 } from './contexts.js';
import { ensureSigningKey } from './keys.js';
import { type CredentialKind, kindOf } from './kinds.js';
import { issuerRef } from './published.js';
import { type CredentialRow, credentialStatusLists, credentials } from './schema.js';
import { signDocument } from './sign.js';
import { allocateStatusEntry, rebuildStatusList, seconds } from './status-list.js';
import { credentialUrl, statusListUrl } from './urls.js';

export interface IssueInput {
  kind: CredentialKind;
  /** What the credential attests (a certificate's id, a trainer's id …): one credential each. */
  ref: string;
  /** The earner: their name as the platform knows it, and a stable identifier when there is one. */
  subject: { name: string; id?: string };
  /** What was achieved; `key` names the achievement (an event, a programme, a course). */
  achievement: { key: string; name: Bilingual; description: Bilingual; criteria: Bilingual };
  /** What the earner did, each with a page that shows it. */
  evidence?: { id?: string; name: Bilingual; narrative?: Bilingual }[];
  /** The credential of whoever assessed the achievement for the platform (the session's trainer). */
  source?: { credentialId: string };
}

/** Both languages in one string, as OB 3.0 wants one string per field. */
export const both = (b: Bilingual, sep = ' / ') =>
  b.en && b.zh && b.en !== b.zh ? `${b.en}${sep}${b.zh}` : b.en || b.zh;

/** A stable URN for an achievement (one per kind and key), name-based (RFC 9562 version 5 layout). */
function achievementId(kind: string, key: string) {
  const h = createHash('sha1').update(`ip-cascade:achievement:${kind}:${key}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function sourceProfile(db: Db, credentialId: string) {
  const [row] = await db.select().from(credentials).where(eq(credentials.id, credentialId));
  if (!row) return null;
  const subject = row.document.credentialSubject as { id?: string } | undefined;
  return {
    row,
    profile: { id: subject?.id ?? String(row.document.id), type: ['Profile'], name: row.subjectName },
  };
}

/**
 * Issues an Open Badges 3.0 `AchievementCredential` (W3C VC 2.0), signed with the platform's key
 * (eddsa-rdfc-2022), with an entry in the platform's revocation list. Idempotent: a second call
 * for the same kind and ref returns the credential already issued.
 */
export async function issueCredential(db: Db, services: Services, input: IssueInput): Promise<CredentialRow> {
  const existing = await credentialOf(db, input.kind, input.ref);
  if (existing) return existing;
  const site = services.siteUrl;
  const { key } = await ensureSigningKey(db, services.secret, site);
  const source = input.source ? await sourceProfile(db, input.source.credentialId) : null;
  const kind = kindOf(input.kind);
  return db.transaction(async (tx) => {
    const entry = await allocateStatusEntry(tx);
    const id = randomUUID();
    const list = statusListUrl(site, entry.listId);
    const a = input.achievement;
    const unsigned = {
      '@context': [VC_V2, OB_V3],
      id: credentialUrl(site, id),
      type: ['VerifiableCredential', 'AchievementCredential'],
      name: both(a.name),
      issuer: issuerRef(site),
      validFrom: seconds(services.now),
      credentialSubject: {
        ...(input.subject.id ? { id: input.subject.id } : {}),
        type: ['AchievementSubject'],
        name: input.subject.name,
        identifier: [
          { type: 'IdentityObject', hashed: false, identityHash: input.subject.name, identityType: 'name' },
        ],
        achievement: {
          id: achievementId(input.kind, a.key),
          type: ['Achievement'],
          achievementType: kind.achievementType,
          name: both(a.name),
          description: both(a.description, '\n\n'),
          criteria: { narrative: both(a.criteria, '\n\n') },
        },
        ...(source ? { source: source.profile } : {}),
      },
      ...(input.evidence?.length
        ? {
            evidence: input.evidence.map((e) => ({
              ...(e.id ? { id: e.id } : {}),
              type: ['Evidence'],
              name: both(e.name),
              ...(e.narrative ? { narrative: both(e.narrative, '\n\n') } : {}),
            })),
          }
        : {}),
      credentialStatus: {
        id: `${list}#${entry.index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(entry.index),
        statusListCredential: list,
      },
    };
    const signed = await signDocument(unsigned, key, site, tx, services.now);
    // Open Badges 3.0 writes `proof` as a list (its schema refuses a lone object); VC 2.0 allows both.
    const document = { ...signed, proof: [signed.proof].flat() };
    const [row] = await tx
      .insert(credentials)
      .values({
        id,
        kind: input.kind,
        ref: input.ref,
        subjectName: input.subject.name,
        achievement: a.name,
        document,
        keyId: key.row.id,
        statusListId: entry.listId,
        statusIndex: entry.index,
        sourceId: source?.row.id ?? null,
        issuedAt: services.now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const won = await credentialOf(tx, input.kind, input.ref);
      if (!won) throw new Error('credential vanished');
      return won;
    }
    const [listRow] = await tx
      .select({ document: credentialStatusLists.document })
      .from(credentialStatusLists)
      .where(eq(credentialStatusLists.id, entry.listId));
    if (!listRow?.document) await rebuildStatusList(tx, key, site, entry.listId, services.now);
    return row;
  });
}

/** The credential issued for this kind and ref, if any. */
export async function credentialOf(db: Db, kind: string, ref: string): Promise<CredentialRow | null> {
  const [row] = await db
    .select()
    .from(credentials)
    .where(and(eq(credentials.kind, kind), eq(credentials.ref, ref)));
  return row ?? null;
}
