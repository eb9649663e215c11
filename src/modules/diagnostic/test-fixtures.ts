import type { Db } from '../../db/client.js';
import { createDiagnostic, startDraft } from './save.js';

/** Level one answered for a business with a brand: one section (brands) to answer. */
export const BRAND_OWNER = {
  sector: 'consumer_goods',
  size: 'small',
  offer: 'products',
  exports: 'no',
  brands: 'yes',
  designs: 'no',
  inventions: 'no',
  software: 'no',
  knowhow: 'no',
  partners: 'no',
  disputes: 'no',
};

/** A completed anonymous diagnostic and a draft waiting for its first section. */
export async function diagnosticFixtures(db: Db) {
  const diagnosticId = await createDiagnostic(db, null, { ...BRAND_OWNER, brandRegistered: 'no' });
  const diagnosticDraftId = await startDraft(db, BRAND_OWNER);
  return { diagnosticId, diagnosticDraftId };
}
