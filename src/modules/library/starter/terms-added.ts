import type { StarterTerm } from './types.js';

/**
 * Terms added after the first release: abbreviations that readers search by. They load with the
 * rest on a new database, and once on a database that already has the glossary
 * (`loadAddedTerms`), so search knows them everywhere.
 */
export const ADDED_TERMS: StarterTerm[] = [
  {
    slug: 'eu-trade-mark',
    term: { en: 'EU trade mark', zh: '欧盟商标' },
    definition: {
      en: 'A trade mark registered by the European Union Intellectual Property Office (EUIPO) under Regulation (EU) 2017/1001, with the same effect in every EU member state. It lasts 10 years from the filing date and can be renewed for further 10-year periods without limit. Called the Community trade mark (CTM) until 23 March 2016.',
      zh: '由欧盟知识产权局依据欧盟第2017/1001号条例注册、在所有欧盟成员国具有同等效力的商标。有效期自申请日起十年，可以无限次续展，每次十年。2016年3月23日以前称为共同体商标。',
    },
    aliases: [
      'EUTM',
      'EU trademark',
      'EU trade marks',
      'EU trademarks',
      'European Union trade mark',
      'Community trade mark',
      'CTM',
      '欧盟注册商标',
      '共同体商标',
    ],
    source: {
      en: 'Regulation (EU) 2017/1001, Arts. 1, 52, 53',
      zh: '欧盟第2017/1001号条例第一、五十二、五十三条',
    },
  },
  {
    slug: 'sme',
    term: { en: 'SME', zh: '中小企业' },
    definition: {
      en: 'A small or medium-sized enterprise. China sets the thresholds per industry in the 2011 Provisions on the Classification of SMEs (in industry: fewer than 1,000 employees or annual revenue below RMB 400 million); the EU counts fewer than 250 employees and an annual turnover of at most EUR 50 million or a balance sheet total of at most EUR 43 million.',
      zh: '中小型企业。中国按行业规定划型标准，依据2011年《中小企业划型标准规定》（工业：从业人员1000人以下或营业收入4亿元以下）；欧盟的标准为员工少于250人，且年营业额不超过5000万欧元或资产负债表总额不超过4300万欧元。',
    },
    aliases: [
      'SMEs',
      'small and medium-sized enterprise',
      'small and medium-sized enterprises',
      'small and medium enterprises',
      '中小微企业',
      '中小型企业',
    ],
    source: {
      en: 'Provisions on the Classification of Small and Medium-sized Enterprises (MIIT and others, 2011); Commission Recommendation 2003/361/EC',
      zh: '《中小企业划型标准规定》（工信部联企业〔2011〕300号）；欧盟委员会第2003/361/EC号建议',
    },
  },
];
