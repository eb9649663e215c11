import type { StarterTerm } from './types.js';

/** The rights themselves and the treaties that carry them abroad. */
export const RIGHT_TERMS: StarterTerm[] = [
  {
    slug: 'patent',
    term: { en: 'patent', zh: '专利' },
    definition: {
      en: 'An exclusive right granted by the state for an invention, utility model or design, for a limited time and a given territory, in exchange for disclosing it. In China “patent” covers all three kinds of invention-creation.',
      zh: '国家依法授予发明创造的申请人、在一定期限和地域内享有的独占权，以公开其发明创造为对价。在中国，“专利”包括发明、实用新型和外观设计三种。',
    },
    aliases: ['patents', 'patent right', '专利权'],
    source: { en: 'PRC Patent Law (2020), Arts. 2, 11, 42', zh: '《专利法》第二、十一、四十二条' },
  },
  {
    slug: 'invention-patent',
    term: { en: 'invention patent', zh: '发明专利' },
    definition: {
      en: 'A patent for a new technical solution for a product, a process or an improvement of either. It is granted after substantive examination and lasts 20 years from filing.',
      zh: '对产品、方法或者其改进所提出的新的技术方案授予的专利。经实质审查后授权，保护期自申请日起二十年。',
    },
    aliases: ['invention patents'],
    source: { en: 'PRC Patent Law (2020), Arts. 2, 35, 42', zh: '《专利法》第二、三十五、四十二条' },
  },
  {
    slug: 'utility-model',
    term: { en: 'utility model', zh: '实用新型' },
    definition: {
      en: 'A patent for a new technical solution concerning the shape or structure of a product. It is granted after a preliminary examination only, which makes it fast and cheap, and lasts 10 years from filing.',
      zh: '对产品的形状、构造或者其结合所提出的适于实用的新的技术方案授予的专利。只经初步审查即可授权，快捷且费用较低，保护期自申请日起十年。',
    },
    aliases: ['utility models', 'utility model patent', '实用新型专利'],
    source: { en: 'PRC Patent Law (2020), Arts. 2, 40, 42', zh: '《专利法》第二、四十、四十二条' },
  },
  {
    slug: 'design',
    term: { en: 'design', zh: '外观设计' },
    definition: {
      en: 'Protection for the appearance of a product or part of it — shape, pattern, colour and their combinations. In China it is a kind of patent (a “design patent”) lasting 15 years; the EU has registered and unregistered designs.',
      zh: '对产品整体或者局部的形状、图案、色彩及其结合所作出的新设计给予的保护。在中国属于专利的一种（外观设计专利），保护期十五年；欧盟有注册外观设计和未注册外观设计。',
    },
    aliases: ['design patent', 'industrial design', 'industrial designs', 'design right', '外观设计专利'],
    source: {
      en: 'PRC Patent Law (2020), Arts. 2, 23, 42; Regulation (EC) No 6/2002',
      zh: '《专利法》第二、二十三、四十二条；欧盟第6/2002号条例',
    },
  },
  {
    slug: 'trademark',
    term: { en: 'trademark', zh: '商标' },
    definition: {
      en: 'A sign that distinguishes the goods or services of one business from those of others: words, logos, letters, numbers, 3D shapes, colour combinations, sounds. Registration gives the exclusive right to use it for the registered goods.',
      zh: '能够将自己的商品或者服务与他人的区别开的标志，包括文字、图形、字母、数字、三维标志、颜色组合和声音等。经注册后，注册人在核定使用的商品上享有商标专用权。',
    },
    aliases: ['trademarks', 'trade mark', 'trade marks', '注册商标', '商标专用权'],
    source: { en: 'PRC Trademark Law (2019), Arts. 3, 8, 56', zh: '《商标法》第三、八、五十六条' },
  },
  {
    slug: 'well-known-mark',
    term: { en: 'well-known mark', zh: '驰名商标' },
    definition: {
      en: 'A mark widely known to the relevant public. In China it is recognised case by case, when needed to decide a dispute, and then protected even if unregistered (for the same or similar goods) or beyond its goods (if registered). Using the words “well-known mark” in advertising is prohibited.',
      zh: '为相关公众所熟知的商标。在中国，驰名商标根据当事人的请求，作为处理案件需要认定的事实个案认定；未注册的驰名商标在相同或类似商品上受保护，已注册的驰名商标可以跨类保护。禁止在广告中使用“驰名商标”字样。',
    },
    aliases: ['well-known marks', 'well-known trademark'],
    source: {
      en: 'PRC Trademark Law (2019), Arts. 13, 14; Paris Convention Art. 6bis',
      zh: '《商标法》第十三、十四条；《巴黎公约》第六条之二',
    },
  },
  {
    slug: 'geographical-indication',
    term: { en: 'geographical indication', zh: '地理标志' },
    definition: {
      en: 'A sign showing that a product comes from a region whose natural or human factors give it its particular quality or reputation. In China it can be registered as a collective or certification mark, or recognised as a GI product.',
      zh: '标示某商品来源于某地区，该商品的特定质量、信誉或者其他特征主要由该地区的自然因素或者人文因素所决定的标志。在中国可以注册为集体商标、证明商标，或认定为地理标志产品。',
    },
    aliases: [
      'geographical indications',
      'GI',
      'GIs',
      'certification mark',
      'collective mark',
      '证明商标',
      '集体商标',
    ],
    source: { en: 'PRC Trademark Law (2019), Arts. 3, 16', zh: '《商标法》第三、十六条' },
  },
  {
    slug: 'copyright',
    term: { en: 'copyright', zh: '著作权' },
    definition: {
      en: "The rights of authors in literary, artistic and scientific works, including software and product design drawings. It arises automatically on creation; registration is optional evidence. Normally it lasts for the author's life plus 50 years.",
      zh: '作者对文学、艺术和科学作品（包括计算机软件和产品设计图）享有的权利。著作权自作品创作完成时自动产生，登记属于自愿的证明手段。一般保护期为作者终生及其死亡后五十年。',
    },
    aliases: ['copyrights', '版权'],
    source: {
      en: 'PRC Copyright Law (2020), Arts. 2, 3, 12, 23, 62',
      zh: '《著作权法》第二、三、十二、二十三、六十二条',
    },
  },
  {
    slug: 'software-copyright',
    term: { en: 'software copyright', zh: '软件著作权' },
    definition: {
      en: 'Copyright in a computer program and its documentation. It arises when the software is completed; registration with the Copyright Protection Center of China gives a certificate that is prima facie evidence of the facts registered.',
      zh: '对计算机程序及其有关文档享有的著作权。自软件开发完成之日起产生；在中国版权保护中心登记后取得的证书是登记事项的初步证明。',
    },
    aliases: ['computer software copyright', '计算机软件著作权', '软著'],
    source: {
      en: 'Computer Software Protection Regulations (2013), Arts. 2, 7, 14',
      zh: '《计算机软件保护条例》第二、七、十四条',
    },
  },
  {
    slug: 'trade-secret',
    term: { en: 'trade secret', zh: '商业秘密' },
    definition: {
      en: 'Technical or business information that is not known to the public, has commercial value and is kept confidential by reasonable measures. It is protected for as long as it stays secret, without registration.',
      zh: '不为公众所知悉、具有商业价值并经权利人采取相应保密措施的技术信息、经营信息等商业信息。无需登记，只要保持秘密状态即受保护。',
    },
    aliases: ['trade secrets', 'know-how', 'confidential information', '技术秘密'],
    source: {
      en: 'PRC Anti-Unfair Competition Law (2019 text), Art. 9',
      zh: '《反不正当竞争法》（2019年文本）第九条',
    },
  },
  {
    slug: 'paris-convention',
    term: { en: 'Paris Convention', zh: '巴黎公约' },
    definition: {
      en: 'The Paris Convention for the Protection of Industrial Property (1883), the basic treaty on patents, trademarks and designs. It gives national treatment to foreigners and the right of priority: 12 months for patents and utility models, 6 months for designs and trademarks.',
      zh: '《保护工业产权巴黎公约》（1883年），关于专利、商标和外观设计的基本国际条约。它规定了国民待遇原则和优先权：专利和实用新型十二个月，外观设计和商标六个月。',
    },
    aliases: ['Paris Convention for the Protection of Industrial Property', '保护工业产权巴黎公约'],
    source: { en: 'Paris Convention, Arts. 2, 4', zh: '《巴黎公约》第二、四条' },
  },
  {
    slug: 'priority-right',
    term: { en: 'right of priority', zh: '优先权' },
    definition: {
      en: 'The right to have a later application in another country (or, in China, a later domestic one) treated as if filed on the date of the first application, if it is filed within the priority period and claims it.',
      zh: '在优先权期限内提出并要求优先权的在后申请（在外国，或在中国的本国优先权情形下在中国），视为在首次申请日提出的权利。',
    },
    aliases: ['priority right', 'priority date', 'priority period', 'priority claim', '优先权日'],
    source: {
      en: 'Paris Convention Art. 4; PRC Patent Law Arts. 29–30; PRC Trademark Law Art. 25',
      zh: '《巴黎公约》第四条；《专利法》第二十九、三十条；《商标法》第二十五条',
    },
  },
  {
    slug: 'madrid-system',
    term: { en: 'Madrid System', zh: '马德里体系' },
    definition: {
      en: 'The international trademark registration system administered by WIPO under the Madrid Agreement and Protocol: one application, based on a home mark, designating many member countries.',
      zh: '由世界知识产权组织依据《马德里协定》和《马德里议定书》管理的商标国际注册体系：以本国商标为基础，通过一件申请指定多个成员国。',
    },
    aliases: [
      'Madrid Protocol',
      'Madrid Agreement',
      'international registration',
      '马德里议定书',
      '马德里协定',
      '商标国际注册',
    ],
    source: {
      en: 'Madrid Protocol; PRC Trademark Law (2019), Art. 21',
      zh: '《马德里议定书》；《商标法》第二十一条',
    },
  },
  {
    slug: 'pct',
    term: { en: 'Patent Cooperation Treaty (PCT)', zh: '专利合作条约（PCT）' },
    definition: {
      en: 'The WIPO treaty that lets an applicant file one international patent application, obtain an international search and enter the national phase in member states later, usually at 30 or 31 months from priority.',
      zh: '世界知识产权组织管理的条约，申请人可以提交一件国际专利申请、获得国际检索，并在之后（通常自优先权日起三十或三十一个月）进入各成员国的国家阶段。',
    },
    aliases: [
      'PCT',
      'Patent Cooperation Treaty',
      'international application',
      '专利合作条约',
      '专利国际申请',
      'PCT申请',
    ],
    source: {
      en: 'Patent Cooperation Treaty; PRC Patent Law Implementing Rules, Rules 118–135',
      zh: '《专利合作条约》；《专利法实施细则》第一百一十八至一百三十五条',
    },
  },
  {
    slug: 'novelty',
    term: { en: 'novelty', zh: '新颖性' },
    definition: {
      en: 'The requirement that an invention or utility model is not part of the prior art and was not the subject of an earlier application published later. A design must not be a prior design.',
      zh: '发明或者实用新型不属于现有技术，也没有任何单位或者个人就同样的发明或者实用新型在申请日以前提出过申请并在申请日以后公布的要求。外观设计应当不属于现有设计。',
    },
    aliases: [],
    source: { en: 'PRC Patent Law (2020), Arts. 22, 23', zh: '《专利法》第二十二、二十三条' },
  },
  {
    slug: 'inventive-step',
    term: { en: 'inventiveness', zh: '创造性' },
    definition: {
      en: 'Compared with the prior art, an invention must have prominent substantive features and represent notable progress; a utility model needs substantive features and progress. Often called “inventive step” or “non-obviousness” elsewhere.',
      zh: '与现有技术相比，发明应当具有突出的实质性特点和显著的进步，实用新型应当具有实质性特点和进步。',
    },
    aliases: ['inventive step', 'non-obviousness'],
    source: { en: 'PRC Patent Law (2020), Art. 22', zh: '《专利法》第二十二条' },
  },
  {
    slug: 'prior-art',
    term: { en: 'prior art', zh: '现有技术' },
    definition: {
      en: 'Technology known to the public in China or abroad before the filing date (or priority date). It is what novelty and inventiveness are judged against, and a defence in infringement cases.',
      zh: '申请日（有优先权的，指优先权日）以前在国内外为公众所知的技术。它是判断新颖性和创造性的基础，也可以作为侵权诉讼中的抗辩。',
    },
    aliases: ['prior design', '现有设计'],
    source: { en: 'PRC Patent Law (2020), Arts. 22, 67', zh: '《专利法》第二十二、六十七条' },
  },
  {
    slug: 'patent-claims',
    term: { en: 'patent claims', zh: '权利要求' },
    definition: {
      en: 'The part of a patent that defines the scope of protection. The description and drawings may be used to interpret them; what is not in the claims is not protected.',
      zh: '专利文件中限定保护范围的部分。说明书及附图可以用于解释权利要求的内容；权利要求未记载的内容不受保护。',
    },
    aliases: ['claims of a patent', '权利要求书'],
    source: { en: 'PRC Patent Law (2020), Arts. 26, 64', zh: '《专利法》第二十六、六十四条' },
  },
  {
    slug: 'service-invention',
    term: { en: 'service invention', zh: '职务发明' },
    definition: {
      en: "An invention made in carrying out the employer's tasks or mainly with its material and technical means. The employer owns it and must reward the inventor.",
      zh: '执行本单位的任务或者主要是利用本单位的物质技术条件所完成的发明创造。专利申请权和专利权属于单位，单位应当奖励发明人。',
    },
    aliases: ['service inventions', 'employee invention', 'employee inventions', '职务发明创造'],
    source: {
      en: 'PRC Patent Law (2020), Arts. 6, 15; Implementing Rules, Rules 13, 92–94',
      zh: '《专利法》第六、十五条；《专利法实施细则》第十三、九十二至九十四条',
    },
  },
  {
    slug: 'confidentiality-examination',
    term: { en: 'confidentiality examination', zh: '保密审查' },
    definition: {
      en: 'The check CNIPA must make before an invention or utility model completed in China is filed abroad. Filing abroad without it means no Chinese patent can be granted.',
      zh: '在中国完成的发明或者实用新型向外国申请专利前，须经国家知识产权局进行的审查。未经保密审查向外国申请的，在中国不授予专利权。',
    },
    aliases: ['security review', 'foreign filing licence', 'foreign filing license'],
    source: {
      en: 'PRC Patent Law (2020), Art. 19; Implementing Rules, Rules 8–9',
      zh: '《专利法》第十九条；《专利法实施细则》第八、九条',
    },
  },
];
