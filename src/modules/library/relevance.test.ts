import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import type { Lang } from '../../lib/bilingual.js';
import { searchLibrary } from './search-library.js';
import { loadLibraryStarter } from './starter/load.js';

/**
 * What a reader types, and the starter items that must be among the first five results. The
 * queries are the ones officials and SMEs ask in training: Chinese, English, both mixed, and
 * with typing mistakes.
 */
const RELEVANCE: { q: string; lang: Lang; top5: string[] }[] = [
  // Chinese
  { q: '商标注册', lang: 'zh', top5: ['registering-a-trademark-in-china'] },
  { q: '马德里', lang: 'zh', top5: ['the-madrid-system'] },
  { q: '海关备案', lang: 'zh', top5: ['customs-recordation-with-china-customs'] },
  { q: '展会 假冒', lang: 'zh', top5: ['counterfeits-at-a-trade-fair'] },
  { q: '质押融资', lang: 'zh', top5: ['patent-pledge-financing'] },
  { q: '商业秘密 员工', lang: 'zh', top5: ['protecting-trade-secrets-with-employees'] },
  { q: '实用新型', lang: 'zh', top5: ['utility-model-or-invention-patent'] },
  { q: '软件著作权登记', lang: 'zh', top5: ['registering-software-copyright-in-china'] },
  { q: '优先权期限', lang: 'zh', top5: ['paris-convention-priority-periods'] },
  {
    q: '贴牌加工',
    lang: 'zh',
    top5: ['case-study-oem-manufacturing-and-trademarks', 'ip-clauses-in-oem-contracts'],
  },
  { q: '惩罚性赔偿', lang: 'zh', top5: ['damages-for-ip-infringement-in-china'] },
  { q: '地理标志', lang: 'zh', top5: ['geographical-indications-china-and-eu'] },
  { q: '保密审查', lang: 'zh', top5: ['filing-abroad-confidentiality-examination'] },
  { q: '专利年费', lang: 'zh', top5: ['patent-annual-fees-in-china'] },
  { q: '域名', lang: 'zh', top5: ['domain-names-and-your-brand'] },
  { q: '商标续展', lang: 'zh', top5: ['trademark-renewal-in-china'] },
  { q: '职务发明', lang: 'zh', top5: ['who-owns-an-employee-invention'] },
  { q: '欧盟外观设计', lang: 'zh', top5: ['protecting-designs-in-the-eu'] },
  // English
  { q: 'trademark registration China', lang: 'en', top5: ['registering-a-trademark-in-china'] },
  { q: 'Madrid Protocol', lang: 'en', top5: ['the-madrid-system'] },
  { q: 'customs recordation', lang: 'en', top5: ['customs-recordation-with-china-customs'] },
  { q: 'counterfeits at a trade fair', lang: 'en', top5: ['counterfeits-at-a-trade-fair'] },
  { q: 'patent valuation', lang: 'en', top5: ['valuing-a-patent'] },
  { q: 'licensing royalties', lang: 'en', top5: ['licensing-a-patent-in-china'] },
  { q: 'trade secrets employees', lang: 'en', top5: ['protecting-trade-secrets-with-employees'] },
  { q: 'priority period 12 months', lang: 'en', top5: ['paris-convention-priority-periods'] },
  { q: 'EU trade mark renewal', lang: 'en', top5: ['the-eu-trade-mark'] },
  { q: 'unregistered design', lang: 'en', top5: ['protecting-designs-in-the-eu'] },
  { q: 'domain name dispute', lang: 'en', top5: ['domain-names-and-your-brand'] },
  { q: 'non-compete', lang: 'en', top5: ['protecting-trade-secrets-with-employees'] },
  { q: 'PCT national phase', lang: 'en', top5: ['the-pct-route'] },
  {
    q: 'OEM',
    lang: 'en',
    top5: ['case-study-oem-manufacturing-and-trademarks', 'ip-clauses-in-oem-contracts'],
  },
  { q: 'pledge loan', lang: 'en', top5: ['patent-pledge-financing'] },
  // Mixed
  { q: 'PCT 国家阶段', lang: 'zh', top5: ['the-pct-route'] },
  { q: 'GACC 海关', lang: 'zh', top5: ['customs-recordation-with-china-customs'] },
  { q: 'CNIPA 商标', lang: 'zh', top5: ['registering-a-trademark-in-china'] },
  { q: 'NDA 保密协议', lang: 'en', top5: ['confidentiality-agreement-key-clauses'] },
  { q: 'UDRP 域名', lang: 'zh', top5: ['domain-names-and-your-brand'] },
  { q: 'HONDAKIT 贴牌', lang: 'zh', top5: ['case-study-oem-manufacturing-and-trademarks'] },
];

/** Misspelt queries: nothing matches as typed, so the corrected query's results are shown. */
const TYPOS: { q: string; lang: Lang; suggestion: string; top5: string[] }[] = [
  { q: 'trademrk', lang: 'en', suggestion: 'trademark', top5: ['registering-a-trademark-in-china'] },
  { q: 'madird system', lang: 'en', suggestion: 'madrid system', top5: ['the-madrid-system'] },
  {
    q: 'geografical indication',
    lang: 'en',
    suggestion: 'geographical indication',
    top5: ['geographical-indications-china-and-eu'],
  },
  { q: '专利年废', lang: 'zh', suggestion: '专利年费', top5: ['patent-annual-fees-in-china'] },
];

/**
 * Other spellings, abbreviations and traditional characters: the glossary's names for a term stand
 * for one another, and traditional characters are folded to simplified ones, in the index and the
 * query alike. The item named must come first.
 */
const SYNONYMS: { q: string; lang: Lang; first: string }[] = [
  { q: 'EU trademark', lang: 'en', first: 'the-eu-trade-mark' },
  { q: 'EUTM', lang: 'en', first: 'the-eu-trade-mark' },
  { q: 'patent annuity', lang: 'en', first: 'patent-annual-fees-in-china' },
  { q: '商標續展', lang: 'zh', first: 'trademark-renewal-in-china' },
  { q: '歐盟商標', lang: 'zh', first: 'the-eu-trade-mark' },
];

describe.each(DATABASE_KINDS)('library relevance on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    await database.db.transaction((tx) => loadLibraryStarter(tx as never, new Date('2026-11-20T08:00:00Z')));
  });
  afterAll(() => database.close());

  const top = async (q: string, lang: Lang) => {
    const r = await searchLibrary(database.db, { q, lang, filters: {}, page: 1, pageSize: 5 });
    return { r, slugs: r.items.map((i) => i.slug) };
  };

  it.each(RELEVANCE)('“$q” ($lang) has the expected items in its top five', async ({ q, lang, top5 }) => {
    const { r, slugs } = await top(q, lang);
    expect(r.mode).toBe('text');
    for (const slug of top5) expect(slugs, `${q} → ${slugs.join(', ')}`).toContain(slug);
  });

  it.each(TYPOS)(
    '“$q” suggests “$suggestion” and shows its results',
    async ({ q, lang, suggestion, top5 }) => {
      const { r, slugs } = await top(q, lang);
      expect(r.mode).toBe('suggested');
      expect(r.suggestion).toBe(suggestion);
      for (const slug of top5) expect(slugs).toContain(slug);
    },
  );

  it.each(SYNONYMS)('“$q” ($lang) puts $first first', async ({ q, lang, first }) => {
    const { r, slugs } = await top(q, lang);
    expect(r.mode).toBe('text');
    expect(slugs[0], `${q} → ${slugs.join(', ')}`).toBe(first);
  });

  it('counts at least 25 relevance queries across both languages', () => {
    expect(RELEVANCE.length + TYPOS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(RELEVANCE.map((r) => r.lang))).toEqual(new Set(['en', 'zh']));
  });
});
