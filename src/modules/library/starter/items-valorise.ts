import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const VALORISE_ITEMS: StarterItem[] = [
  {
    slug: 'valuing-a-patent',
    type: 'guide',
    title: { en: 'Valuing a patent: what drives the number', zh: '专利价值评估：哪些因素决定价值' },
    summary: {
      en: 'A patent is worth what it lets its owner earn or stop others from earning. The legal, technical and market factors behind a valuation, and the cost, market and income approaches appraisers use.',
      zh: '专利的价值取决于它能为权利人带来的收益或阻止他人获得的收益。本文介绍评估中的法律、技术和市场因素，以及评估师采用的成本法、市场法和收益法。',
    },
    body: {
      en: `## Why value a patent
SMEs need a value when they **license** a patent, **sell** it, bring it into a company as a **capital contribution**, use it as **collateral** for a loan (see the item on patent pledge financing), or report it in their accounts. Banks and investors will usually ask for an appraisal by a qualified asset appraisal firm, following the Chinese appraisal standards for intellectual property.

## What drives the value
**Legal factors**
- Is the patent granted and in force, with its annual fees paid? An application is worth less than a grant; a utility model without an evaluation report is harder to rely on.
- Remaining term (20 years for inventions, 10 for utility models, 15 for designs filed from 1 June 2021).
- Breadth of the claims: can competitors design around them?
- Validity risk: has the prior art been searched? Has anyone requested invalidation?
- Ownership and encumbrances: co-owners, existing exclusive licences, pledges.
- Territory: a Chinese patent protects only in China.

**Technical factors**: how central the technology is to the product, the alternatives available, how soon it will be outdated.

**Market factors**: the size and growth of the market for products using it, the owner's ability to exploit it, comparable licence deals.

## The three approaches
- **Cost approach**: what it would cost to re-create the invention and obtain the patent. Easy to document, but says little about earning power.
- **Market approach**: prices paid in comparable transactions. Rarely available for unique patents.
- **Income approach**: the present value of the extra income the patent brings, often by the *relief-from-royalty* method — the royalties the owner saves by not having to license the technology, discounted for risk and time. The approach appraisers use most for patents that are being exploited.

## Practical tips
- Keep records of R&D costs, sales of patented products and licence offers: they feed every approach.
- A valuation is a range with assumptions. Read the assumptions before you read the number.`,
      zh: `## 为什么要评估专利
中小企业在**许可**、**转让**专利、以专利**作价出资**、以专利**质押**贷款（参见“专利质押融资”条目）或在财务报表中反映专利时，都需要确定价值。银行和投资者通常要求由具备资质的资产评估机构依照知识产权资产评估准则出具评估报告。

## 影响价值的因素
**法律因素**
- 专利是否已授权并有效、年费是否已缴？专利申请的价值低于已授权专利；没有专利权评价报告的实用新型较难作为依据。
- 剩余保护期（发明二十年，实用新型十年，2021年6月1日起申请的外观设计十五年）。
- 权利要求的保护范围：竞争对手能否轻易规避？
- 稳定性风险：是否检索过现有技术？是否有人请求宣告无效？
- 权属和权利负担：共有人、已有的独占许可、质押。
- 地域：中国专利只在中国受保护。

**技术因素**：该技术对产品的重要程度、可替代技术、技术更新的速度。

**市场因素**：使用该技术的产品的市场规模和增长、权利人实施专利的能力、可比的许可交易。

## 三种评估方法
- **成本法**：重新研发该发明并取得专利所需的成本。便于举证，但难以反映收益能力。
- **市场法**：可比交易的成交价格。独特的专利很少有可比交易。
- **收益法**：专利带来的超额收益的现值，常用*许可费节省法*——权利人因无需取得许可而节省的许可费，按风险和时间折现。这是评估正在实施的专利最常用的方法。

## 实用建议
- 保存研发成本、专利产品销售和许可报价的记录：每种方法都需要这些数据。
- 评估结论是带有假设条件的区间。先看假设，再看数字。`,
    },
    source: {
      en: 'PRC Patent Law (2020), Art. 42 (terms); China Appraisal Society, Asset Appraisal Practice Standard — Intellectual Property.',
      zh: '《中华人民共和国专利法》（2020年修正）第四十二条（保护期限）；中国资产评估协会《资产评估执业准则——知识产权》。',
    },
    ipRights: ['patent', 'utility_model'],
    topics: ['valorise'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
  {
    slug: 'licensing-a-patent-in-china',
    type: 'guide',
    title: { en: 'Licensing a patent in China', zh: '在中国许可他人实施专利' },
    summary: {
      en: 'Exclusive, sole or non-exclusive; lump sum or royalties; recordal within three months. The clauses a patent licence needs under the Civil Code and the Patent Law, and the new open-licence route.',
      zh: '独占、排他还是普通许可；一次总付还是提成支付；三个月内备案。依照《民法典》和《专利法》，专利实施许可合同应当包含的条款，以及新设的开放许可制度。',
    },
    body: {
      en: `## The basics
Anyone exploiting another's patent must sign a licence contract and pay a royalty; a licensee may not let anyone outside the contract exploit the patent (Patent Law Art. 12). A patent licence is a **technology licence contract** and must be **in writing** (Civil Code Art. 863). It is valid only while the patent lasts (Art. 865).

## Kinds of licence
- **Exclusive (独占)**: only the licensee may use the patent in the territory — not even the patentee.
- **Sole (排他)**: the licensee and the patentee may use it, nobody else.
- **Non-exclusive (普通)**: the patentee may license others too.

## Clauses to get right
- **Patent details**: title, numbers, filing date, owner and term (Civil Code Art. 845).
- **Scope**: products, field of use, territory, duration. Clauses must not restrict competition or technical development (Art. 864).
- **Payment**: lump sum, instalments, running royalties on sales or profits, or a down payment plus royalties; with a right to **audit the licensee's accounts** (Art. 846).
- **Know-how and assistance**: documents, training, technical guidance (Art. 866).
- **Improvements**: who owns them and whether they are shared; if the contract says nothing, each party keeps its own improvements (Art. 875).
- **Warranties and infringement**: the licensor warrants it owns the technology (Art. 870) and, unless agreed otherwise, answers for claims that exploiting it infringes others' rights (Art. 874).
- **Confidentiality** of unpublished know-how (Art. 871).

## Recordal
Record the licence with **CNIPA within 3 months** of it taking effect (Implementing Rules, Rule 15). Recordal puts the licence on the public register and is needed for some tax, foreign-exchange and enforcement purposes.

## Open licence
Since 2021 a patentee can declare to CNIPA that **anyone may take a licence** on published terms. A user who notifies the patentee in writing and pays the published royalty obtains a non-exclusive licence; the patentee receives annual-fee reductions (Arts. 50–51). Utility models and designs need a patent evaluation report before they can be offered this way.

## Licensing to or from abroad
Licences across the border are technology import or export contracts: check the Technology Import and Export Regulations and, for outbound licences, export-control lists.`,
      zh: `## 基本规则
任何单位或者个人实施他人专利的，应当与专利权人订立实施许可合同，支付专利使用费；被许可人无权允许合同规定以外的任何单位或者个人实施该专利（《专利法》第十二条）。专利实施许可合同属于**技术许可合同**，应当采用**书面形式**（《民法典》第八百六十三条），仅在专利权的存续期限内有效（第八百六十五条）。

## 许可类型
- **独占许可**：在许可范围内只有被许可人可以实施，专利权人自己也不得实施。
- **排他许可**：被许可人和专利权人可以实施，但不得再许可第三人。
- **普通许可**：专利权人还可以许可他人实施。

## 关键条款
- **专利信息**：名称、专利号、申请日、专利权人和有效期限（《民法典》第八百四十五条）。
- **范围**：产品、领域、地域和期限。不得限制技术竞争和技术发展（第八百六十四条）。
- **付款**：一次总付、分期支付、按销售额或利润提成支付，或入门费加提成，并约定**查阅会计账目**的办法（第八百四十六条）。
- **技术资料和指导**：交付技术资料，提供必要的技术指导（第八百六十六条）。
- **后续改进**：归属及是否分享；没有约定的，一方后续改进的技术成果，其他各方无权分享（第八百七十五条）。
- **保证和侵权责任**：许可人应当保证自己是技术的合法拥有者（第八百七十条）；除另有约定外，被许可人按约定实施专利侵害他人合法权益的，由许可人承担责任（第八百七十四条）。
- 对尚未公开的技术秘密部分的**保密义务**（第八百七十一条）。

## 备案
专利实施许可合同应当自合同生效之日起**三个月内**向国家知识产权局**备案**（《专利法实施细则》第十五条）。备案后许可信息进入公开登记，在税务、外汇和维权等方面常常需要。

## 开放许可
自2021年起，专利权人可以书面声明愿意许可**任何单位或者个人**实施其专利，并明确许可使用费的支付方式和标准，由国家知识产权局公告。有意实施者以书面方式通知专利权人并按公告标准支付许可使用费后，即获得普通许可；开放许可实施期间，专利权人可以享受年费减免（第五十、五十一条）。实用新型和外观设计专利提出开放许可声明的，应当提供专利权评价报告。

## 跨境许可
跨境许可属于技术进出口合同：请查阅《技术进出口管理条例》；对外许可还应核查出口管制清单。`,
    },
    source: {
      en: 'PRC Patent Law (2020), Arts. 12, 50–51; Civil Code (2020), Arts. 845, 846, 863–866, 870, 871, 874, 875; Implementing Rules of the Patent Law (2023), Rules 15, 85–87.',
      zh: '《中华人民共和国专利法》（2020年修正）第十二、五十、五十一条；《中华人民共和国民法典》第八百四十五、八百四十六、八百六十三至八百六十六、八百七十、八百七十一、八百七十四、八百七十五条；《专利法实施细则》（2023年修订）第十五、八十五至八十七条。',
    },
    ipRights: ['patent', 'utility_model'],
    topics: ['valorise', 'use'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
  {
    slug: 'patent-pledge-financing',
    type: 'guide',
    title: {
      en: 'Patent pledge financing: borrowing against your IP',
      zh: '专利权质押融资：以知识产权获得贷款',
    },
    summary: {
      en: 'How an SME can use patents and trademarks as collateral: what the law requires, what the bank will look at, and what the pledge stops you doing.',
      zh: '中小企业如何以专利和商标作为担保获得融资：法律要求、银行关注的要点，以及出质后的限制。',
    },
    body: {
      en: `## The legal basis
The property rights in transferable **registered trademarks, patents and copyrights** can be pledged (Civil Code Art. 440). A pledge of IP **is created when it is registered** (Art. 444): for patents, the pledgor and the pledgee register it **jointly with CNIPA** (Implementing Rules of the Patent Law, Rule 15); trademark pledges are also registered with CNIPA; copyright pledges with the copyright registration body (Copyright Law Art. 28).

## What the pledge means for you
After the pledge, the owner **may not transfer the right or license it** unless the pledgee agrees; money from an agreed transfer or licence goes first to repaying the debt or is deposited (Civil Code Art. 444). A pledged patent cannot be put under an open licence without the pledgee's consent (Implementing Rules, Rule 86). Keep paying the annual fees: a lapsed patent is worthless collateral.

## What the bank will look at
- An **appraisal** of the patents (see the item on valuing a patent), and whether they are actually used in the borrower's products.
- Legal status: granted and in force, clear ownership, no earlier pledge, remaining term.
- The borrower's cash flow — the pledge supports the loan, it rarely replaces a business case.
- Often a bundle: several patents together, sometimes with trademarks.

## Support schemes
Many local governments and IP offices support IP pledge loans for SMEs with risk-sharing funds, interest subsidies, appraisal subsidies or IP insurance. Ask the local IP office or the banks that run "IP pledge" products before you prepare the file.

## Steps
1. Choose the patents and check their status and fees.
2. Obtain an appraisal acceptable to the bank.
3. Negotiate the loan and pledge contracts.
4. Register the pledge with CNIPA (jointly).
5. Keep the rights in force and notify the bank of any challenge to them.`,
      zh: `## 法律依据
可以转让的**注册商标专用权、专利权、著作权**等知识产权中的财产权可以出质（《民法典》第四百四十条）。知识产权质权**自办理出质登记时设立**（第四百四十四条）：以专利权出质的，由出质人和质权人**共同向国家知识产权局**办理出质登记（《专利法实施细则》第十五条）；注册商标专用权质押同样在国家知识产权局登记；著作权出质由出质人和质权人依法办理出质登记（《著作权法》第二十八条）。

## 出质后的限制
知识产权中的财产权出质后，出质人**不得转让或者许可他人使用**，但出质人与质权人协商同意的除外；转让或者许可所得的价款，应当向质权人提前清偿债务或者提存（《民法典》第四百四十四条）。专利权被质押的，未经质权人同意不得实行开放许可（《专利法实施细则》第八十六条）。请继续缴纳年费：失效的专利没有担保价值。

## 银行关注的要点
- 专利的**评估报告**（参见“专利价值评估”条目），以及专利是否实际用于借款人的产品。
- 法律状态：已授权且有效、权属清晰、无在先质押、剩余保护期。
- 借款人的现金流——质押是贷款的保障，很少能替代经营基础。
- 通常以专利组合出质，有时与商标一并出质。

## 扶持政策
许多地方政府和知识产权管理部门通过风险补偿资金、贴息、评估费补贴或知识产权保险，支持中小企业知识产权质押融资。准备材料前，请先咨询当地知识产权管理部门或开展知识产权质押贷款业务的银行。

## 步骤
1. 选定专利，核实法律状态和缴费情况。
2. 取得银行认可的评估报告。
3. 商定借款合同和质押合同。
4. 共同向国家知识产权局办理出质登记。
5. 维持权利有效；权利受到挑战时及时告知银行。`,
    },
    source: {
      en: 'PRC Civil Code (2020), Arts. 440, 444; Implementing Rules of the Patent Law (2023), Rules 15, 86; PRC Copyright Law (2020), Art. 28.',
      zh: '《中华人民共和国民法典》第四百四十、四百四十四条；《专利法实施细则》（2023年修订）第十五、八十六条；《中华人民共和国著作权法》（2020年修正）第二十八条。',
    },
    ipRights: ['patent', 'trademark', 'copyright'],
    topics: ['valorise'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
];
