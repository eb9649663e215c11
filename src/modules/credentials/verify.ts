import * as vc from '@digitalbazaar/vc';
import * as statusList from '@digitalbazaar/vc-bitstring-status-list';
import type { Db } from '../../db/client.js';
import type { Services } from '../../lib/services.js';
import { CONTEXTS } from './contexts.js';
import { documentLoader, UnknownDocument } from './loader.js';
import { verifySuite } from './sign.js';

/**
 * Why a credential does not verify, as stable codes (each has its message in both languages):
 * - `malformed`: not a verifiable credential the platform can read (missing parts, unknown context);
 * - `unknown_issuer`: not signed by a key this platform publishes as its own;
 * - `signature`: the proof does not match the content (something was changed after signing, or
 *   another key signed it);
 * - `not_yet_valid`, `expired`: outside `validFrom` … `validUntil`;
 * - `revoked`: its bit is set in the platform's revocation list;
 * - `status_unavailable`: its status list could not be read or verified.
 */
export const PROBLEMS = [
  'malformed',
  'unknown_issuer',
  'signature',
  'not_yet_valid',
  'expired',
  'revoked',
  'status_unavailable',
] as const;
export type Problem = (typeof PROBLEMS)[number];

export interface Verified {
  verified: boolean;
  problems: Problem[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every error in a verification result, nested ones included. */
function errorsIn(e: unknown, out: unknown[] = [], depth = 0): unknown[] {
  if (!e || depth > 5) return out;
  out.push(e);
  const o = e as { errors?: unknown[]; cause?: unknown; error?: unknown };
  for (const inner of o.errors ?? []) errorsIn(inner, out, depth + 1);
  if (o.cause) errorsIn(o.cause, out, depth + 1);
  return out;
}

function classify(errors: unknown[]): Problem {
  for (const e of errors) {
    if (e instanceof UnknownDocument) return CONTEXTS.has(e.url) ? 'malformed' : 'unknown_issuer';
  }
  const messages = errors.map((e) => String((e as Error)?.message ?? e));
  if (messages.some((m) => /Invalid signature/i.test(m))) return 'signature';
  if (messages.some((m) => /not authorized|verification method|controller/i.test(m))) return 'unknown_issuer';
  return 'malformed';
}

const date = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null);

/** The period checks, apart from the proof's, so a changed date and a bad proof are both told. */
function periodProblems(c: Record<string, unknown>, now: Date): Problem[] {
  const from = date(c.validFrom);
  const until = date(c.validUntil);
  const out: Problem[] = [];
  if ((c.validFrom !== undefined && !from) || (c.validUntil !== undefined && !until)) return ['malformed'];
  // Five minutes of clock difference, as the library allows.
  if (from && from.getTime() > now.getTime() + 300_000) out.push('not_yet_valid');
  if (until && until.getTime() < now.getTime() - 300_000) out.push('expired');
  return out;
}

/**
 * Checks a credential as anyone could: the proof against the platform's published key (nothing
 * is fetched from the network), the period of validity, and the revocation list.
 */
export async function verifyCredential(db: Db, services: Services, credential: unknown): Promise<Verified> {
  if (!isObject(credential)) return { verified: false, problems: ['malformed'] };
  const problems = new Set<Problem>(periodProblems(credential, services.now));
  const loader = documentLoader(db, services.siteUrl);
  // The proof is checked as of the credential's own start, so a period problem does not hide it.
  const at = date(credential.validFrom) ?? services.now;
  let proofOk = false;
  try {
    const result = await vc.verifyCredential({
      credential,
      suite: verifySuite(),
      documentLoader: loader,
      checkStatus: async () => ({ verified: true }),
      now: at,
    });
    proofOk = result.verified;
    if (!proofOk)
      problems.add(classify(errorsIn(result.error ?? result.results?.find((r) => !r.verified)?.error)));
  } catch (err) {
    problems.add(classify(errorsIn(err)));
  }
  if (proofOk && credential.credentialStatus !== undefined) {
    const status = await statusList.checkStatus({ credential, documentLoader: loader, suite: verifySuite() });
    if (!status.verified) problems.add('status_unavailable');
    else if (status.results?.some((r) => r.status === true)) problems.add('revoked');
  }
  const list = PROBLEMS.filter((p) => problems.has(p));
  return { verified: list.length === 0, problems: list };
}
