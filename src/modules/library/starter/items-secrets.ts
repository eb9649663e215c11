import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const SECRET_ITEMS: StarterItem[] = [
  {
    slug: 'protecting-trade-secrets-with-employees',
    type: 'guide',
    title: { en: 'Protecting trade secrets with employees', zh: '与员工相关的商业秘密保护' },
    summary: {
      en: 'A trade secret is protected only if the company takes confidentiality measures. What the law requires, what to agree with employees, and what to do when one leaves with your data.',
      zh: '只有权利人采取了保密措施，商业秘密才受到保护。法律的要求、与员工的约定，以及员工带着资料离职时的应对。',
    },
    body: {
      en: `## What the law protects
A trade secret is technical or business information that is **not known to the public**, has **commercial value** and for which the owner has taken **appropriate confidentiality measures** (Anti-Unfair Competition Law, 2019 text, Art. 9). Formulas, processes, drawings, source code, customer lists, prices and supplier terms can all qualify — but only if they are actually kept secret. There is no registration and no fixed term: protection lasts as long as the three conditions hold.

*The Anti-Unfair Competition Law was revised on 27 June 2025 (in force 15 October 2025) and its articles renumbered; this guide cites the 2019 text.*

## Confidentiality measures that count
- Know what your secrets are: keep a list, rank them, and name an owner for each.
- **Limit access** to those who need it; use passwords, access logs and locked storage.
- **Mark** documents and files as confidential.
- Put confidentiality obligations in **labour contracts** and in separate agreements with the people who handle secrets (Labour Contract Law Art. 23).
- Train staff, and remind them when they leave.

## Non-compete clauses
For senior managers, senior technical staff and others bound by confidentiality, the employer may agree a **non-compete** after the employment ends, paying **monthly compensation** during the non-compete period; the period may not exceed **two years** (Labour Contract Law Arts. 23–24). Without compensation the clause is hard to enforce.

## When an employee leaves
- Hold an exit interview; collect laptops, phones, badges and documents; close accounts the same day.
- Have the employee confirm in writing that nothing was kept.
- If data went missing, **preserve the evidence** (logs, e-mails) and act fast.

## Remedies
- Civil action: in court, once the owner gives prima facie evidence that it took confidentiality measures and that the secret was infringed, the **burden shifts** to the defendant (Art. 32). Damages for malicious infringement can be one to five times the loss, statutory damages up to RMB 5 million (Art. 17).
- Administrative complaint to the market-regulation authority (fines, Art. 21).
- Criminal complaint for serious cases (Criminal Law Art. 219).
- A third party that knew or should have known that an employee or former employee disclosed the secret unlawfully is also liable (Art. 9).`,
      zh: `## 法律保护什么
商业秘密是指**不为公众所知悉**、**具有商业价值**并经权利人**采取相应保密措施**的技术信息、经营信息等商业信息（《反不正当竞争法》2019年文本第九条）。配方、工艺、图纸、源代码、客户名单、价格和供应条件都可能构成商业秘密——但前提是确实处于保密状态。商业秘密无需登记，也没有固定期限：只要三个条件持续满足，就一直受到保护。

*《反不正当竞争法》于2025年6月27日修订（2025年10月15日施行），条文序号有调整；本指南引用的是2019年文本。*

## 有效的保密措施
- 明确哪些是您的秘密：列出清单、分级管理，并为每项指定负责人。
- **限制接触范围**，只让需要的人接触；使用密码、访问日志和上锁存放。
- 在文件和资料上**标注**“保密”。
- 在**劳动合同**中约定保密义务，并与接触秘密的人员另行签订保密协议（《劳动合同法》第二十三条）。
- 培训员工，并在员工离职时重申保密义务。

## 竞业限制
对高级管理人员、高级技术人员和其他负有保密义务的人员，用人单位可以约定劳动合同解除或终止后的**竞业限制**，并在竞业限制期限内**按月给予经济补偿**；竞业限制期限不得超过**二年**（《劳动合同法》第二十三、二十四条）。不支付补偿的竞业限制条款难以执行。

## 员工离职时
- 进行离职面谈；收回电脑、手机、门禁卡和文件；当天关闭账号。
- 请离职员工书面确认未留存任何资料。
- 发现资料遗失的，**保全证据**（日志、电子邮件），并尽快采取行动。

## 救济途径
- 民事诉讼：权利人提供初步证据，证明其已采取保密措施且合理表明商业秘密被侵犯的，**举证责任转移**给被告（第三十二条）。恶意侵权的赔偿可以为损失的一倍以上五倍以下，法定赔偿最高五百万元（第十七条）。
- 向市场监督管理部门投诉（罚款，第二十一条）。
- 情节严重的，依照《刑法》第二百一十九条追究刑事责任。
- 第三人明知或者应知员工、前员工违法披露商业秘密，仍获取、使用的，同样构成侵权（第九条）。`,
    },
    source: {
      en: 'PRC Anti-Unfair Competition Law (2019 text), Arts. 9, 17, 21, 32 (revised 2025, in force 15 October 2025, articles renumbered); PRC Labour Contract Law, Arts. 23–24; PRC Criminal Law, Art. 219; PRC Civil Code, Art. 501.',
      zh: '《中华人民共和国反不正当竞争法》（2019年文本）第九、十七、二十一、三十二条（2025年修订，2025年10月15日施行，条文序号调整）；《中华人民共和国劳动合同法》第二十三、二十四条；《中华人民共和国刑法》第二百一十九条；《中华人民共和国民法典》第五百零一条。',
    },
    ipRights: ['trade_secret'],
    topics: ['protect', 'manage', 'enforce'],
    jurisdictions: ['CN'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'confidentiality-agreement-key-clauses',
    type: 'template',
    title: { en: 'Confidentiality agreement (NDA): the clauses to include', zh: '保密协议：应当包含的条款' },
    summary: {
      en: 'A checklist for the non-disclosure agreements an SME signs with partners, suppliers and visitors before showing them anything confidential.',
      zh: '中小企业在向合作伙伴、供应商和来访者展示保密信息之前签订保密协议的要点清单。',
    },
    body: {
      en: `Use this checklist with your lawyer; it is not a contract in itself.

## 1. Parties and purpose
- The full legal names of the parties, in Chinese and English where one party is Chinese.
- The **purpose** for which information is disclosed (e.g. "evaluating a supply of moulded parts"). Use outside the purpose is a breach.

## 2. What is confidential
- A definition covering technical and business information in any form, marked or identified as confidential, and information that by its nature should be treated as confidential.
- **Exclusions**: information already public, already known to the recipient, independently developed, or lawfully received from a third party — with the burden of proof on the recipient.

## 3. Obligations
- Keep it secret with at least the care used for one's own secrets.
- Disclose only to employees and advisers who need it and are bound by equivalent duties.
- No copying, reverse engineering or patent filing based on the information.
- Return or destroy it on request or when the purpose ends, and confirm in writing.

## 4. Duration
Obligations should last **as long as the information remains secret**, not only for the term of the agreement. Note that a duty of confidentiality also arises from negotiations themselves under Chinese law (Civil Code Art. 501).

## 5. No licence, no commitment
Disclosure grants no licence or ownership; neither party is obliged to do business.

## 6. Remedies
- A liquidated-damages clause that is a realistic estimate of loss (courts may adjust excessive or low amounts, Civil Code Art. 585).
- The right to seek injunctions.

## 7. Law and disputes
- Governing law, and courts or arbitration (for a Chinese counterparty, a Chinese court or a Chinese arbitration institution usually gives an enforceable result in China).
- A Chinese-language version, stating which language prevails.`,
      zh: `请与律师一起使用本清单；清单本身不是合同。

## 1. 当事人和目的
- 双方完整的法定名称；一方为中国企业的，同时写明中文和英文名称。
- 披露信息的**目的**（例如“评估注塑零件的供货”）。超出目的使用即构成违约。

## 2. 保密信息的范围
- 定义涵盖任何形式的技术信息和经营信息：标注或明示为保密的信息，以及依其性质应当保密的信息。
- **除外情形**：已经公开的信息、接收方已经知悉的信息、独立开发的信息，或从第三方合法取得的信息——由接收方承担举证责任。

## 3. 义务
- 以不低于对待自身秘密的谨慎程度保守秘密。
- 只向确有需要、并负有同等保密义务的员工和顾问披露。
- 不得复制、反向工程，或以该信息为基础申请专利。
- 应要求或目的完成时返还或销毁，并书面确认。

## 4. 期限
保密义务应当**持续至信息进入公有领域为止**，而不只是协议有效期内。依照中国法律，在订立合同过程中知悉的商业秘密本身也负有保密义务（《民法典》第五百零一条）。

## 5. 不构成许可或承诺
披露不授予任何许可或所有权；双方均无义务达成交易。

## 6. 违约责任
- 按实际可能损失合理约定违约金（约定过高或过低的，法院可以调整，《民法典》第五百八十五条）。
- 申请禁令的权利。

## 7. 法律适用和争议解决
- 适用法律，以及法院或仲裁（对方为中国企业的，选择中国法院或中国仲裁机构通常更便于在中国执行）。
- 中文文本，并约定以哪种语言为准。`,
    },
    source: {
      en: 'PRC Civil Code (2020), Arts. 501, 585; PRC Anti-Unfair Competition Law (2019 text), Art. 9.',
      zh: '《中华人民共和国民法典》第五百零一、五百八十五条；《中华人民共和国反不正当竞争法》（2019年文本）第九条。',
    },
    ipRights: ['trade_secret'],
    topics: ['protect'],
    jurisdictions: ['CN', 'international'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'ip-clauses-in-oem-contracts',
    type: 'template',
    title: { en: 'IP clauses in OEM manufacturing contracts', zh: '贴牌加工合同中的知识产权条款' },
    summary: {
      en: 'What a brand owner and a Chinese manufacturer should agree on trademarks, designs, moulds, confidential information and overproduction before the first order.',
      zh: '品牌方与中国制造商在第一笔订单之前，应当就商标、外观设计、模具、保密信息和超量生产约定哪些内容。',
    },
    body: {
      en: `Use this checklist with your lawyer; adapt it to the product and the parties.

## Ownership
- The brand owner owns all **trademarks, designs, drawings and specifications** it supplies; the manufacturer acquires no right in them (selling goods does not transfer IP: Civil Code Art. 600).
- The manufacturer will **not register** the brand owner's marks, designs or domain names anywhere, and will assign any it does register.
- Who owns **improvements** the manufacturer makes to the product, and **moulds and tooling** paid for by the brand owner — with a duty to hand them over when the contract ends.

## Use of the marks
- The manufacturer may apply the marks **only to goods ordered** by the brand owner, in the quantities ordered.
- Rejects, overruns and leftover labels or packaging are destroyed or returned, with a record.
- No sale to third parties; no subcontracting without written consent, and then on the same terms.

## Rights at the place of manufacture
- The brand owner warrants that it owns or is licensed to use the marks **in China** as well as in the destination countries — after the HONDAKIT judgment (2019), making goods for export is not automatically safe (see the case study).
- The manufacturer warrants that its own technology and processes do not infringe others' rights.

## Confidentiality
- Drawings, formulas and specifications are confidential; the manufacturer keeps no copies without permission (Civil Code Art. 785).
- Staff who handle them are bound by confidentiality obligations.

## Checks and remedies
- Audit and inspection rights, including unannounced visits.
- Liquidated damages for unauthorised production, and the right to terminate.
- Governing law, dispute resolution (a Chinese court or arbitration institution makes enforcement in China easier), and a Chinese-language version.`,
      zh: `请与律师一起使用本清单，并根据产品和当事人的情况调整。

## 权利归属
- 品牌方提供的所有**商标、外观设计、图纸和技术规格**归品牌方所有，制造商不因此取得任何权利（出卖具有知识产权的标的物，不转移知识产权：《民法典》第六百条）。
- 制造商**不得**在任何地方**注册**品牌方的商标、外观设计或域名，已注册的应当转让。
- 制造商对产品所作**改进**的归属，以及品牌方出资制作的**模具和工装**的归属——合同终止时应当交还。

## 商标的使用
- 制造商**只能**在品牌方订购的商品上、按订购数量使用商标。
- 次品、超量生产的产品以及剩余的标签和包装应当销毁或交还，并作记录。
- 不得向第三方销售；未经书面同意不得转委托，经同意的，受托方须遵守相同条款。

## 生产地的权利
- 品牌方保证其**在中国**以及目的国都拥有或获许使用相关商标——HONDAKIT案（2019年）判决后，为出口而生产并不当然安全（参见相关案例）。
- 制造商保证其自有技术和工艺不侵犯他人权利。

## 保密
- 图纸、配方和技术规格属于保密信息；未经许可，制造商不得留存复制品（《民法典》第七百八十五条）。
- 接触这些信息的员工负有保密义务。

## 检查和违约责任
- 审计和检查权，包括不事先通知的检查。
- 对未经授权生产约定违约金，并约定解除权。
- 适用法律、争议解决方式（选择中国法院或仲裁机构更便于在中国执行），以及中文文本。`,
    },
    source: {
      en: "PRC Civil Code (2020), Arts. 600, 785; PRC Trademark Law (2019), Arts. 15, 57; Supreme People's Court, HONDAKIT retrial judgment (2019).",
      zh: '《中华人民共和国民法典》第六百、七百八十五条；《中华人民共和国商标法》（2019年修正）第十五、五十七条；最高人民法院HONDAKIT案再审判决（2019年）。',
    },
    ipRights: ['trademark', 'design', 'trade_secret', 'patent'],
    topics: ['manage', 'protect'],
    jurisdictions: ['CN', 'international'],
    audiences: ['sme'],
    sectors: ['consumer_goods', 'equipment', 'electronics'],
    publishedOn: CHECKED,
  },
];
