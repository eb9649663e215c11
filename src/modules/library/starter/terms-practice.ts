import type { StarterTerm } from './types.js';

/** What happens to rights: using, keeping and enforcing them. */
export const PRACTICE_TERMS: StarterTerm[] = [
  {
    slug: 'licence',
    term: { en: 'licence', zh: '许可' },
    definition: {
      en: 'Permission from the right holder to use an IP right, usually for payment, on agreed terms. A patent licence may be exclusive (only the licensee), sole (licensee and owner) or non-exclusive; patent licences are recorded with CNIPA within 3 months.',
      zh: '权利人按约定条件允许他人使用其知识产权，通常有偿。专利实施许可分为独占许可、排他许可和普通许可；专利实施许可合同应当自生效之日起三个月内向国家知识产权局备案。',
    },
    aliases: [
      'licences',
      'license',
      'licenses',
      'licensing',
      'licensee',
      'licensor',
      '实施许可',
      '使用许可',
      '独占许可',
      '排他许可',
      '普通许可',
    ],
    source: {
      en: 'PRC Patent Law Art. 12; Trademark Law Art. 43; Implementing Rules Rule 15; Civil Code Arts. 862–877',
      zh: '《专利法》第十二条；《商标法》第四十三条；《专利法实施细则》第十五条；《民法典》第八百六十二至八百七十七条',
    },
  },
  {
    slug: 'open-licence',
    term: { en: 'open licence', zh: '开放许可' },
    definition: {
      en: 'A Chinese patent licensing route since 2021: the patentee declares through CNIPA that anyone may use the patent on published royalty terms. A user who notifies the patentee and pays obtains a non-exclusive licence; the patentee gets annual-fee reductions.',
      zh: '中国自2021年起实行的专利许可方式：专利权人通过国家知识产权局声明愿意许可任何人按公告的许可使用费标准实施其专利。实施者书面通知专利权人并付费后即获得普通许可；专利权人可以享受年费减免。',
    },
    aliases: ['open licences', 'open license', 'open licensing'],
    source: { en: 'PRC Patent Law (2020), Arts. 50–52', zh: '《专利法》第五十至五十二条' },
  },
  {
    slug: 'assignment',
    term: { en: 'assignment', zh: '转让' },
    definition: {
      en: "The transfer of ownership of an IP right. Patent assignments need a written contract and take effect on registration with CNIPA; trademark assignments take effect on publication of CNIPA's approval.",
      zh: '知识产权权属的转移。专利权转让应当订立书面合同，自向国家知识产权局登记之日起生效；注册商标转让经核准公告后，受让人自公告之日起享有商标专用权。',
    },
    aliases: ['assignments', 'transfer of rights', '权利转让'],
    source: {
      en: 'PRC Patent Law Art. 10; Trademark Law Art. 42',
      zh: '《专利法》第十条；《商标法》第四十二条',
    },
  },
  {
    slug: 'pledge',
    term: { en: 'pledge', zh: '质押' },
    definition: {
      en: "Using the property rights in a patent, trademark or copyright as security for a debt. The pledge is created on registration; afterwards the owner may not transfer or license the right without the pledgee's consent.",
      zh: '以专利权、注册商标专用权、著作权等知识产权中的财产权为债务提供担保。质权自办理出质登记时设立；出质后，未经质权人同意，出质人不得转让或者许可他人使用。',
    },
    aliases: ['pledges', 'pledge financing', 'IP pledge', '出质', '质权', '质押融资'],
    source: { en: 'PRC Civil Code Arts. 440, 444', zh: '《民法典》第四百四十、四百四十四条' },
  },
  {
    slug: 'infringement',
    term: { en: 'infringement', zh: '侵权' },
    definition: {
      en: 'Doing what only the right holder may do, without permission: for a patent, making, using, offering, selling or importing the patented product for business purposes; for a trademark, using an identical or confusingly similar mark on identical or similar goods.',
      zh: '未经权利人许可实施只有权利人才能实施的行为：对专利而言，为生产经营目的制造、使用、许诺销售、销售、进口专利产品；对商标而言，在相同或类似商品上使用相同或容易导致混淆的近似商标。',
    },
    aliases: ['infringing', 'infringer', 'infringe', '侵犯', '侵权行为'],
    source: {
      en: 'PRC Patent Law Art. 11; Trademark Law Art. 57',
      zh: '《专利法》第十一条；《商标法》第五十七条',
    },
  },
  {
    slug: 'counterfeiting',
    term: { en: 'counterfeiting', zh: '假冒' },
    definition: {
      en: 'Making or selling goods that bear, without authorisation, a mark identical to a registered trademark for the same goods — the most serious form of trademark infringement, which can be a crime. “Passing off a patent” (假冒专利) means marking goods as patented when they are not.',
      zh: '未经许可在同一种商品上使用与注册商标相同的商标，或销售此类商品——最严重的商标侵权形式，可以构成犯罪。“假冒专利”是指在未获专利的产品上标注专利标识等行为。',
    },
    aliases: ['counterfeit', 'counterfeits', 'counterfeit goods', 'fakes', '假冒商品', '假货', '假冒专利'],
    source: {
      en: 'PRC Trademark Law Arts. 57, 67; Patent Law Art. 68; Implementing Rules Rule 101',
      zh: '《商标法》第五十七、六十七条；《专利法》第六十八条；《专利法实施细则》第一百零一条',
    },
  },
  {
    slug: 'customs-recordation',
    term: { en: 'customs recordation', zh: '海关备案' },
    definition: {
      en: "Recording a trademark, copyright or patent with China's General Administration of Customs so that officers can detain suspected infringing imports and exports on their own initiative. Valid 10 years, renewable.",
      zh: '将商标、著作权或专利向海关总署备案，使海关能够依职权扣留涉嫌侵权的进出口货物。备案有效期十年，可以续展。',
    },
    aliases: ['customs recordal', 'customs registration', '知识产权海关保护备案', '海关保护'],
    source: {
      en: 'Customs IPR Protection Regulations (2018), Arts. 7–11, 16',
      zh: '《知识产权海关保护条例》第七至十一、十六条',
    },
  },
  {
    slug: 'novelty-grace-period',
    term: { en: 'grace period for novelty', zh: '不丧失新颖性的宽限期' },
    definition: {
      en: 'In China, six months before filing during which certain disclosures do not destroy novelty: first use in a public emergency for the public interest, first exhibition at an international exhibition recognised by the government, first publication at a prescribed academic or technical meeting, or disclosure without consent. The EU design grace period is 12 months and covers any disclosure by the designer.',
      zh: '在中国，申请日以前六个月内的下列情形不丧失新颖性：国家出现紧急状态时为公共利益首次公开；在中国政府主办或者承认的国际展览会上首次展出；在规定的学术会议或者技术会议上首次发表；他人未经申请人同意而泄露。欧盟外观设计的宽限期为十二个月，适用于设计人的任何公开。',
    },
    aliases: ['novelty grace period', '宽限期'],
    source: {
      en: 'PRC Patent Law (2020), Art. 24; Regulation (EC) No 6/2002, Art. 7(2)',
      zh: '《专利法》第二十四条；欧盟第6/2002号条例第七条第二款',
    },
  },
  {
    slug: 'renewal',
    term: { en: 'renewal', zh: '续展' },
    definition: {
      en: 'Extending a registration for a further term by paying a fee. Chinese trademarks are renewed every 10 years, within 12 months before expiry, with a 6-month grace period (宽展期) after it.',
      zh: '缴纳费用使注册在下一期限内继续有效。中国注册商标每十年续展一次，在期满前十二个月内办理，期满后有六个月宽展期。',
    },
    aliases: ['renewals', 'renew', '续展注册', '宽展期'],
    source: { en: 'PRC Trademark Law (2019), Art. 40', zh: '《商标法》第四十条' },
  },
  {
    slug: 'annual-fee',
    term: { en: 'annual fee', zh: '年费' },
    definition: {
      en: 'The yearly fee that keeps a Chinese patent in force, payable from the year of grant by the anniversary of the filing date. A late payment is possible within 6 months with a surcharge; otherwise the patent ends.',
      zh: '维持中国专利有效需每年缴纳的费用，自授予专利权当年开始，在申请日的对应日之前缴纳。逾期可以在六个月内补缴并缴纳滞纳金，否则专利权终止。',
    },
    aliases: ['annual fees', 'annuity', 'annuities', 'renewal fee', '专利年费'],
    source: {
      en: 'PRC Patent Law Arts. 43–44; Implementing Rules Rule 115',
      zh: '《专利法》第四十三、四十四条；《专利法实施细则》第一百一十五条',
    },
  },
  {
    slug: 'opposition',
    term: { en: 'opposition', zh: '异议' },
    definition: {
      en: 'A challenge to a trademark application after it has been published and before it is registered. In China the period is 3 months from publication; at EUIPO, 3 months as well.',
      zh: '在商标申请公告后、注册前对其提出的反对。在中国，异议期为初步审定公告之日起三个月；欧盟知识产权局同为三个月。',
    },
    aliases: ['oppositions', 'oppose', '商标异议'],
    source: {
      en: 'PRC Trademark Law Art. 33; Regulation (EU) 2017/1001 Art. 46',
      zh: '《商标法》第三十三条；欧盟第2017/1001号条例第四十六条',
    },
  },
  {
    slug: 'invalidation',
    term: { en: 'invalidation', zh: '无效宣告' },
    definition: {
      en: 'A request to declare a granted patent or registered trademark invalid, as if it had never existed. For patents it is filed with CNIPA at any time after grant; for trademarks on relative grounds, within 5 years of registration.',
      zh: '请求宣告已授权的专利或已注册的商标无效，被宣告无效的权利视为自始即不存在。专利自公告授权之日起任何时候均可向国家知识产权局请求；商标基于相对理由的，应当自注册之日起五年内提出。',
    },
    aliases: ['invalidity', 'declaration of invalidity', 'invalidation request', '宣告无效', '无效请求'],
    source: {
      en: 'PRC Patent Law Arts. 45–47; Trademark Law Arts. 44–47',
      zh: '《专利法》第四十五至四十七条；《商标法》第四十四至四十七条',
    },
  },
  {
    slug: 'non-use-cancellation',
    term: { en: 'non-use cancellation', zh: '连续三年不使用撤销' },
    definition: {
      en: 'Anyone may ask CNIPA to cancel a registered trademark that has not been used for three consecutive years without good reason. The owner must show use in that period.',
      zh: '注册商标没有正当理由连续三年不使用的，任何单位或者个人可以向商标局申请撤销。商标注册人须证明该期间内的使用。',
    },
    aliases: ['non-use', 'revocation for non-use', '撤三', '不使用撤销'],
    source: { en: 'PRC Trademark Law (2019), Art. 49', zh: '《商标法》第四十九条' },
  },
  {
    slug: 'punitive-damages',
    term: { en: 'punitive damages', zh: '惩罚性赔偿' },
    definition: {
      en: 'Damages of one to five times the normally calculated amount, awarded in China for wilful or malicious IP infringement in serious circumstances.',
      zh: '对故意（或恶意）侵犯知识产权、情节严重的，在按通常方法确定数额的一倍以上五倍以下确定的赔偿。',
    },
    aliases: ['punitive damage'],
    source: {
      en: 'PRC Civil Code Art. 1185; Patent Law Art. 71; Trademark Law Art. 63; Copyright Law Art. 54',
      zh: '《民法典》第一千一百八十五条；《专利法》第七十一条；《商标法》第六十三条；《著作权法》第五十四条',
    },
  },
  {
    slug: 'statutory-damages',
    term: { en: 'statutory damages', zh: '法定赔偿' },
    definition: {
      en: 'Damages set by the court within a range fixed by law when loss, profit and licence fee cannot be established: for patents RMB 30,000–5 million, for trademarks up to 5 million, for copyright 500–5 million.',
      zh: '权利人的损失、侵权人的获利和许可使用费均难以确定时，由法院在法律规定的范围内确定的赔偿：专利三万元以上五百万元以下，商标五百万元以下，著作权五百元以上五百万元以下。',
    },
    aliases: [],
    source: {
      en: 'PRC Patent Law Art. 71; Trademark Law Art. 63; Copyright Law Art. 54',
      zh: '《专利法》第七十一条；《商标法》第六十三条；《著作权法》第五十四条',
    },
  },
  {
    slug: 'preliminary-injunction',
    term: { en: 'preliminary injunction', zh: '诉前禁令' },
    definition: {
      en: 'A court order, obtainable before or during a lawsuit, requiring a party to stop an act that would cause irreparable harm to the right holder. In Chinese law it is a form of conduct preservation (行为保全).',
      zh: '在起诉前或诉讼中，法院责令当事人停止可能给权利人造成难以弥补损害的行为的裁定。在中国法中属于行为保全措施。',
    },
    aliases: [
      'preliminary injunctions',
      'interim injunction',
      'interlocutory injunction',
      '行为保全',
      '诉前行为保全',
    ],
    source: {
      en: 'PRC Patent Law Art. 72; Trademark Law Art. 65; Copyright Law Art. 56; Directive 2004/48/EC Art. 9',
      zh: '《专利法》第七十二条；《商标法》第六十五条；《著作权法》第五十六条；欧盟第2004/48/EC号指令第九条',
    },
  },
  {
    slug: 'bad-faith-filing',
    term: { en: 'bad-faith trademark filing', zh: '恶意注册' },
    definition: {
      en: 'Applying for a trademark without intending to use it, or to pre-empt a mark someone else uses (“squatting”). In China such applications are refused, can be opposed or invalidated, and the applicant can be fined.',
      zh: '不以使用为目的申请商标，或以不正当手段抢先注册他人已经使用的商标（“抢注”）。在中国，此类申请应当予以驳回，可以被提出异议或宣告无效，申请人可能被处以罚款。',
    },
    aliases: [
      'trademark squatting',
      'squatting',
      'squatter',
      'bad faith',
      '抢注',
      '恶意抢注',
      '恶意商标注册',
    ],
    source: {
      en: 'PRC Trademark Law (2019), Arts. 4, 15, 32, 44, 68',
      zh: '《商标法》第四、十五、三十二、四十四、六十八条',
    },
  },
  {
    slug: 'oem',
    term: { en: 'OEM manufacturing', zh: '贴牌加工' },
    definition: {
      en: "Production of goods bearing the customer's brand (original equipment manufacturing). Whether making such goods in China only for export infringes a Chinese trademark is judged by the usual confusion test since the HONDAKIT judgment (2019).",
      zh: '按委托方要求生产带有委托方品牌的商品（定牌加工）。自HONDAKIT案（2019年）判决后，在中国为出口生产此类商品是否侵犯中国商标，按通常的混淆标准判断。',
    },
    aliases: ['OEM', 'original equipment manufacturing', '定牌加工', '涉外定牌加工'],
    source: {
      en: "Supreme People's Court, HONDAKIT retrial judgment (2019); PRC Trademark Law Art. 57",
      zh: '最高人民法院HONDAKIT案再审判决（2019年）；《商标法》第五十七条',
    },
  },
  {
    slug: 'nice-classification',
    term: { en: 'Nice Classification', zh: '尼斯分类' },
    definition: {
      en: 'The international classification of goods and services for trademark registration: 45 classes. China uses it and divides each class into groups of similar goods that guide examination.',
      zh: '用于商标注册的国际商品和服务分类，共四十五个类别。中国采用尼斯分类，并将每类细分为类似群，作为审查的依据。',
    },
    aliases: ['Nice classes', 'trademark classes', '商品分类', '类似商品和服务区分表'],
    source: { en: 'Nice Agreement; PRC Trademark Law Art. 22', zh: '《尼斯协定》；《商标法》第二十二条' },
  },
  {
    slug: 'patent-evaluation-report',
    term: { en: 'patent evaluation report', zh: '专利权评价报告' },
    definition: {
      en: 'A report by CNIPA, after searching and analysing a granted utility model or design, on whether it meets the conditions for protection. Courts may ask for it in infringement cases because these rights are granted without substantive examination.',
      zh: '国家知识产权局对已授权的实用新型或外观设计进行检索、分析和评价后作出的报告。由于这两类专利未经实质审查即授权，法院在侵权纠纷中可以要求出具该报告。',
    },
    aliases: ['evaluation report'],
    source: {
      en: 'PRC Patent Law Art. 66; Implementing Rules Rules 62–63',
      zh: '《专利法》第六十六条；《专利法实施细则》第六十二、六十三条',
    },
  },
];
