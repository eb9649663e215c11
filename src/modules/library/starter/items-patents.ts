import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const PATENT_ITEMS: StarterItem[] = [
  {
    slug: 'utility-model-or-invention-patent',
    type: 'guide',
    title: { en: 'Utility model or invention patent in China?', zh: '在中国申请实用新型还是发明专利？' },
    summary: {
      en: 'Both protect technical solutions, but they differ in what they cover, how they are examined, how long they last and how strong they are in court. How to choose, and how to file both on the same day.',
      zh: '两者都保护技术方案，但在保护客体、审查方式、保护期限和诉讼中的稳定性上有所不同。如何选择，以及如何同日申请两者。',
    },
    body: {
      en: `## What each protects
- An **invention patent** protects a new technical solution for a **product, a process**, or an improvement of either.
- A **utility model** protects only a new technical solution concerning the **shape, structure, or both, of a product** (Patent Law Art. 2). Methods, chemical compositions and software as such cannot be utility models.

## How they differ
| | Invention | Utility model |
|---|---|---|
| Examination | preliminary, then **substantive** examination, requested within 3 years of filing (Art. 35) | preliminary examination only (Art. 40) |
| Inventiveness required | "prominent substantive features and notable progress" | "substantive features and progress" (Art. 22) |
| Term from filing | **20 years** (Art. 42) | **10 years** (Art. 42) |
| Typical time to grant | several years | usually months |

Because a utility model is not examined for novelty and inventiveness before grant, courts and patent offices may ask its owner for a **patent evaluation report** from CNIPA when it is enforced (Art. 66).

## Filing both on the same day
An applicant may file a utility model **and** an invention application for the same invention on the same day, saying so in both. The utility model gives early protection; if the invention is later found patentable, the applicant gives up the utility model and receives the invention patent (Art. 9; Implementing Rules, Rule 47).

## Choosing
- Short product life, simple mechanical product, need for quick protection: utility model (or both).
- Process, material, or a core technology you will license or enforce for years: invention patent.
- Either way, file before you show the product publicly: the six-month grace period of Art. 24 covers only a few kinds of disclosure.`,
      zh: `## 各自保护什么
- **发明专利**保护对**产品、方法**或者其改进所提出的新的技术方案。
- **实用新型**仅保护对**产品的形状、构造或者其结合**所提出的适于实用的新的技术方案（《专利法》第二条）。方法、化学组合物和软件本身不能申请实用新型。

## 主要区别
| | 发明 | 实用新型 |
|---|---|---|
| 审查 | 初步审查后进行**实质审查**，申请人须自申请日起三年内提出请求（第三十五条） | 仅初步审查（第四十条） |
| 创造性要求 | “突出的实质性特点和显著的进步” | “实质性特点和进步”（第二十二条） |
| 保护期（自申请日起） | **二十年**（第四十二条） | **十年**（第四十二条） |
| 一般授权时间 | 数年 | 通常数月 |

由于实用新型在授权前不审查新颖性和创造性，在维权时法院或管理专利工作的部门可以要求权利人出具国家知识产权局作出的**专利权评价报告**（第六十六条）。

## 同日申请
申请人可以就同样的发明创造在同一天既申请实用新型又申请发明专利，并在申请时分别说明。实用新型可以提供早期保护；发明专利申请经审查可以授权的，申请人声明放弃实用新型专利权后授予发明专利权（第九条；《专利法实施细则》第四十七条）。

## 如何选择
- 产品生命周期短、机械结构简单、需要尽快获得保护：实用新型（或两者同时申请）。
- 方法、材料，或将长期许可、维权的核心技术：发明专利。
- 无论哪种，都应在公开展示产品之前提交申请：第二十四条规定的六个月宽限期只适用于少数几种公开情形。`,
    },
    source: {
      en: 'PRC Patent Law (as amended 2020, in force 1 June 2021), Arts. 2, 9, 22, 24, 35, 40, 42, 66; Implementing Rules of the Patent Law (2023), Rule 47.',
      zh: '《中华人民共和国专利法》（2020年修正，2021年6月1日施行）第二、九、二十二、二十四、三十五、四十、四十二、六十六条；《专利法实施细则》（2023年修订）第四十七条。',
    },
    ipRights: ['patent', 'utility_model'],
    topics: ['use', 'protect'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official'],
    sectors: ['equipment', 'electronics'],
    publishedOn: CHECKED,
  },
  {
    slug: 'patent-annual-fees-in-china',
    type: 'faq',
    title: {
      en: 'Patent annual fees in China and the six-month grace period',
      zh: '中国专利年费与六个月滞纳期',
    },
    summary: {
      en: 'Annual fees start with the year of grant and fall due on the anniversary of the filing date. A late payment is possible for six months with a surcharge of 5% per month; after that the patent ends.',
      zh: '专利年费自授予专利权的当年开始缴纳，以申请日的对应日为缴费截止日。逾期可在六个月内补缴，每逾期一个月加收当年年费的5%；期满未缴，专利权终止。',
    },
    body: {
      en: `## When fees are due
- The patentee pays annual fees **from the year in which the patent is granted** (Patent Law Art. 43). The fee for the year of grant is paid with the registration formalities, within **2 months** of receiving the grant notice (Implementing Rules, Rules 60 and 114).
- Each later year's fee must be paid **before the previous patent year ends**, that is, by the anniversary of the filing date (Rule 115). Patent years are counted from the filing date, not the grant date.

## If a payment is missed
CNIPA notifies the patentee, who may still pay within **6 months** of the due date with a **late fee of 5% of that year's full fee** for each month, or part of a month, by which the delay exceeds the first month — a payment within one month of the due date costs no surcharge (Rule 115). If the fee and surcharge are not paid by then, the patent **ends as from the original due date** (Rule 115; Art. 44).

A patentee who missed a time limit for a justified reason may ask for restoration within 2 months of receiving CNIPA's notice, paying the restoration fee (Rule 6).

## Paying less
- Applicants with financial difficulty may ask for fee reductions under the fee-reduction measures (Rule 117).
- Patents under an **open licence** get annual-fee reductions while the open licence lasts (Art. 51).

## Example
Invention filed on 15 June 2020 and granted in 2023 (the grant notice names year 3 as the year of grant): year 3's fee is paid with registration; year 4's fee is due on **15 June 2023**, year 5's on 15 June 2024 — moved to the next working day when that date is a holiday. The patent runs until 14 June 2040.`,
      zh: `## 何时缴纳
- 专利权人应当**自被授予专利权的当年开始**缴纳年费（《专利法》第四十三条）。授予专利权当年的年费在办理登记手续时缴纳，即自收到授予专利权通知之日起**两个月**内（《专利法实施细则》第六十、一百一十四条）。
- 以后各年度的年费应当**在上一年度期满前**缴纳，即不晚于申请日的对应日（第一百一十五条）。专利年度从申请日起算，而不是从授权日起算。

## 未按时缴纳
国家知识产权局会通知专利权人自应当缴纳年费期满之日起**六个月**内补缴，同时缴纳**滞纳金：每超过规定的缴费时间一个月，加收当年全额年费的5%**（第一百一十五条）。期满仍未缴纳的，专利权**自应当缴纳年费期满之日起终止**（第一百一十五条；《专利法》第四十四条）。

因正当理由延误期限的，可以自收到国家知识产权局通知之日起两个月内请求恢复权利，并缴纳恢复权利请求费（第六条）。

## 减少费用
- 缴费确有困难的，可以按照规定请求减缴（第一百一十七条）。
- 实行**开放许可**的专利，在开放许可实施期间可以减免年费（《专利法》第五十一条）。

## 示例
发明专利于2020年6月15日申请，2023年授权（授权通知书写明第3年度为授权当年）：第3年度年费随登记手续缴纳；第4年度年费应在**2023年6月15日**前缴纳，第5年度在2024年6月15日前缴纳——遇法定休假日顺延至其后第一个工作日。专利权期限至2040年6月14日。`,
    },
    source: {
      en: 'PRC Patent Law (2020), Arts. 42–44, 51; Implementing Rules of the Patent Law (2023, in force 20 January 2024), Rules 5, 6, 60, 114, 115, 117.',
      zh: '《中华人民共和国专利法》（2020年修正）第四十二至四十四条、第五十一条；《专利法实施细则》（2023年修订，2024年1月20日施行）第五、六、六十、一百一十四、一百一十五、一百一十七条。',
    },
    ipRights: ['patent', 'utility_model', 'design'],
    topics: ['manage'],
    jurisdictions: ['CN'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'who-owns-an-employee-invention',
    type: 'faq',
    title: { en: 'Who owns an invention made by an employee in China?', zh: '员工完成的发明创造归谁所有？' },
    summary: {
      en: 'Service inventions belong to the employer, who must reward the inventor. What counts as a service invention, the minimum rewards, and what to put in employment contracts.',
      zh: '职务发明创造归单位所有，单位应当奖励发明人。哪些属于职务发明、法定最低奖金，以及劳动合同中应当约定的内容。',
    },
    body: {
      en: `## Service inventions
An invention made **in carrying out the tasks of the employer**, or **mainly using the employer's material and technical means**, is a service invention: the right to apply for a patent belongs to the employer, which becomes the patentee (Patent Law Art. 6). It includes inventions made:
- in the course of the employee's own duties;
- in carrying out other tasks the employer gave;
- within **one year** after the employee retired, moved or left, where the invention relates to the former duties or tasks (Implementing Rules, Rule 13).

Where the invention was made using the employer's material and technical means and the parties signed a contract on ownership, the **contract decides** (Art. 6).

## Rewards and remuneration
The employer must **reward** the inventor and, once the patent is exploited, pay **reasonable remuneration** (Art. 15). The amount and method can be set by contract or in the employer's lawful internal rules. Where nothing is agreed, the employer must pay a reward within **3 months of the grant announcement** of at least **RMB 4,000** for an invention patent and **RMB 1,500** for a utility model or design (Rule 93), and remuneration under the Law on Promoting the Transformation of Scientific and Technological Achievements (Rule 94).

## Copyright and software
Software developed by an employee for a clearly assigned development goal, as a foreseeable result of the job, or mainly with the employer's resources, belongs to the employer (Computer Software Protection Regulations, Art. 13).

## In the employment contract
- An IP ownership clause and a duty to disclose inventions promptly.
- The reward and remuneration scheme, so that the statutory defaults do not apply by accident.
- Confidentiality obligations (see the item on trade secrets and employees).`,
      zh: `## 职务发明创造
**执行本单位的任务**或者**主要是利用本单位的物质技术条件**所完成的发明创造为职务发明创造：申请专利的权利属于该单位，申请被批准后，该单位为专利权人（《专利法》第六条）。包括：
- 在本职工作中作出的发明创造；
- 履行本单位交付的本职工作之外的任务所作出的发明创造；
- 退休、调离原单位后或者劳动、人事关系终止后**一年内**作出的，与其在原单位承担的本职工作或者原单位分配的任务有关的发明创造（《专利法实施细则》第十三条）。

利用本单位的物质技术条件所完成的发明创造，单位与发明人订有合同，对权利归属作出约定的，**从其约定**（第六条）。

## 奖励和报酬
被授予专利权的单位应当对发明人给予**奖励**；专利实施后，应当给予**合理的报酬**（第十五条）。奖励、报酬的方式和数额可以约定，或在依法制定的规章制度中规定。没有约定也没有规定的，应当自公告授予专利权之日起**三个月**内发给奖金：一项发明专利最低不少于**4000元**，一项实用新型或者外观设计专利最低不少于**1500元**（第九十三条）；报酬依照《促进科技成果转化法》的规定给予（第九十四条）。

## 著作权和软件
员工针对本职工作中明确指定的开发目标所开发的软件、作为本职工作预见或自然结果的软件，或主要使用单位资金、专用设备等物质技术条件开发并由单位承担责任的软件，著作权归单位（《计算机软件保护条例》第十三条）。

## 劳动合同中应当约定
- 知识产权归属条款以及及时披露发明的义务。
- 奖励和报酬方案，避免无意中适用法定标准。
- 保密义务（参见“商业秘密与员工”条目）。`,
    },
    source: {
      en: 'PRC Patent Law (2020), Arts. 6, 15; Implementing Rules of the Patent Law (2023), Rules 13, 92–94; Computer Software Protection Regulations (2013), Art. 13.',
      zh: '《中华人民共和国专利法》（2020年修正）第六、十五条；《专利法实施细则》（2023年修订）第十三条、第九十二至九十四条；《计算机软件保护条例》（2013年修订）第十三条。',
    },
    ipRights: ['patent', 'utility_model', 'design', 'software'],
    topics: ['manage'],
    jurisdictions: ['CN'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'filing-abroad-confidentiality-examination',
    type: 'faq',
    title: {
      en: 'Filing a patent abroad from China: the confidentiality examination',
      zh: '从中国向外国申请专利：保密审查',
    },
    summary: {
      en: "An invention or utility model completed in China must pass CNIPA's confidentiality examination before it is filed abroad. Skipping it costs the Chinese patent.",
      zh: '在中国完成的发明或者实用新型向外国申请专利前，必须先经国家知识产权局保密审查。未经审查的，在中国不能获得专利权。',
    },
    body: {
      en: `## The rule
Anyone who wants to file abroad for an **invention or utility model completed in China** must first ask CNIPA for a **confidentiality examination** (Patent Law Art. 19). "Completed in China" means that the **substantive content of the technical solution** was worked out in China (Implementing Rules, Rule 8) — it does not depend on the applicant's nationality.

## How to ask
- **Filing abroad directly** (or a PCT application with a foreign receiving office): request the examination first, describing the technical solution in detail.
- **Filing in China first**: request the examination before filing abroad.
- **A PCT application filed with CNIPA** counts as a request for the examination (Rule 8).

CNIPA sends a notice within **2 months** of the request if the invention may need to be kept secret, and decides within **4 months**; both periods may be extended by 2 months in complex cases (Rule 9).

## If it is skipped
An invention or utility model filed abroad without the examination **cannot be granted a Chinese patent** (Art. 19), and an existing one can be declared invalid on that ground. Where state secrets are disclosed, there are disciplinary and criminal consequences (Art. 78).

## For foreign companies with R&D in China
The rule applies to subsidiaries' and joint ventures' inventions made in China, even if the first filing is planned in Europe. Build the request into the filing workflow.`,
      zh: `## 规则
任何单位或者个人将**在中国完成的发明或者实用新型**向外国申请专利的，应当事先报经国家知识产权局进行**保密审查**（《专利法》第十九条）。“在中国完成”是指**技术方案的实质性内容**在中国境内完成（《专利法实施细则》第八条），与申请人的国籍无关。

## 如何请求
- **直接向外国申请专利**（或向外国受理局提交专利国际申请）的：应当事先提出请求，并详细说明其技术方案。
- **先在中国申请**的：应当在向外国申请前提出请求。
- **向国家知识产权局提交专利国际申请**的，视为同时提出了保密审查请求（第八条）。

国家知识产权局认为可能需要保密的，应当在请求递交日起**两个月**内发出保密审查通知，并在**四个月**内作出是否需要保密的决定；情况复杂的，均可以延长两个月（第九条）。

## 未经审查的后果
违反规定向外国申请专利的发明或者实用新型，**在中国申请专利的，不授予专利权**（第十九条），已授予的也可能因此被宣告无效。泄露国家秘密的，依法给予处分；构成犯罪的，依法追究刑事责任（第七十八条）。

## 在华设有研发机构的外国企业
该规则适用于子公司和合资企业在中国完成的发明，即使计划首先在欧洲申请。请将保密审查请求纳入申请流程。`,
    },
    source: {
      en: 'PRC Patent Law (2020), Arts. 19, 78; Implementing Rules of the Patent Law (2023), Rules 8, 9.',
      zh: '《中华人民共和国专利法》（2020年修正）第十九、七十八条；《专利法实施细则》（2023年修订）第八、九条。',
    },
    ipRights: ['patent', 'utility_model'],
    topics: ['use', 'manage'],
    jurisdictions: ['CN', 'international'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
];
