import type { StarterCourse } from './types.js';

/** For SMEs: choosing between the three kinds of patent, paying annual fees on time, and PCT. */
export const PATENTS_COURSE: StarterCourse = {
  title: { en: 'Patents, utility models and annual fees', zh: '专利、实用新型与年费' },
  summary: {
    en: 'Invention patents, utility models and designs compared, their terms of 20, 10 and 15 years, paying annual fees and using the six-month late-fee window, the PCT route in brief, and keeping every deadline in the IP register.',
    zh: '比较发明专利、实用新型和外观设计及其20年、10年和15年的保护期限，如何缴纳年费、利用六个月的滞纳金期，简要介绍PCT途径，以及如何在知识产权台账中管理所有期限。',
  },
  audience: 'smes',
  topics: ['protect', 'manage'],
  ipRights: ['patent', 'utility_model', 'design'],
  estimatedMinutes: 95,
  modules: [
    {
      title: { en: 'Choosing the right kind of patent', zh: '选择合适的专利类型' },
      lessons: [
        {
          title: { en: 'Invention, utility model or design?', zh: '发明、实用新型还是外观设计？' },
          minutes: 20,
          library: [
            'utility-model-or-invention-patent',
            'design-patents-in-china',
            'prc-patent-law-2020-key-provisions',
          ],
          body: {
            en: `Chinese patent law has three kinds of patent, all granted by CNIPA:

| | Invention patent | Utility model | Design patent |
|---|---|---|---|
| Protects | Products, processes and methods | The shape or structure of a product | The appearance of a product |
| Examination | Full substantive examination | Preliminary examination only | Preliminary examination only |
| Time to grant | Usually two years or more | Often under a year | Often under a year |
| Term from filing | **20 years** | **10 years** | **15 years** (filed from 1 June 2021; 10 years before) |

An **invention patent** is the strongest right: it has been examined for novelty, inventive step and industrial applicability. A **utility model** protects only physical products (not methods or chemical compositions), and its inventiveness is not examined before grant, so it can be granted quickly and cheaply but is easier to invalidate. A **design patent** protects how a product looks, not how it works.

An applicant may file an invention application and a utility model for the **same invention on the same day**. The utility model gives early protection; when the invention patent is granted, the applicant gives up the utility model to keep the invention patent.

Whatever the choice, **file before disclosing**. Showing a product at a fair, selling it or publishing it destroys novelty, apart from a few narrow exceptions.

### Worked example

A small firm has invented an improved clamp for scaffolding. It is a mechanical product with a new structure, and competitors copy such parts within months. The firm files a utility model and an invention application on the same day: the utility model is granted in about eight months and lets it act against copiers; the invention patent, if granted in two or three years, will protect it for up to 20 years from filing. It also files a design patent for the clamp's distinctive shape.`,
            zh: `中国专利法规定了三种专利，均由国家知识产权局授予：

| | 发明专利 | 实用新型 | 外观设计专利 |
|---|---|---|---|
| 保护对象 | 产品、方法 | 产品的形状或构造 | 产品的外观 |
| 审查 | 实质审查 | 仅初步审查 | 仅初步审查 |
| 授权时间 | 通常两年以上 | 常在一年以内 | 常在一年以内 |
| 自申请日起的期限 | **20年** | **10年** | **15年**（2021年6月1日起申请的；此前为10年） |

**发明专利**是最强的权利：它经过了新颖性、创造性和实用性的审查。**实用新型**只保护有形的产品（不保护方法或化学成分），授权前不审查创造性，因此授权快、费用低，但更容易被宣告无效。**外观设计专利**保护产品的外观，而不是产品如何工作。

申请人可以**同日**就**同样的发明创造**既申请发明专利又申请实用新型。实用新型先提供保护；发明专利授权时，申请人声明放弃实用新型，以取得发明专利。

无论选择哪一种，都要**先申请、后公开**。在展会上展示、销售或发表产品都会破坏新颖性，只有少数有限的例外。

### 实例

一家小企业发明了一种改进的脚手架扣件。它是一种具有新结构的机械产品，竞争对手几个月内就会仿制这类零件。企业同日提交了实用新型和发明专利申请：实用新型约八个月后授权，使企业能够对仿制者采取行动；发明专利如果在两三年后授权，自申请日起最长可保护20年。企业还就扣件独特的外形申请了外观设计专利。`,
          },
        },
        {
          title: { en: 'Who owns an invention made by an employee', zh: '员工完成的发明创造归谁所有' },
          minutes: 15,
          library: ['who-owns-an-employee-invention', 'licensing-a-patent-in-china'],
          body: {
            en: `Before filing, a company must be sure it is entitled to. In most SMEs inventions come from employees, and Chinese law has clear rules for them.

An invention made **in carrying out the employer's tasks**, or **mainly using the employer's material and technical means**, is a **service invention** (Patent Law Art. 6). The right to apply belongs to the employer, which becomes the patentee. Service inventions include those made:

- in the course of the employee's own duties;
- in carrying out other tasks the employer assigned;
- within **one year** after the employee retired, moved or left, where the invention relates to the former duties.

The employer must **reward** the inventor and, once the patent is used, pay **reasonable remuneration** (Art. 15). The amounts can be set by contract or in the company's internal rules. If nothing is agreed, the reward is due within **three months of the grant announcement**: at least **RMB 4,000** for an invention patent and **RMB 1,500** for a utility model or design.

What to put in place:

- an IP ownership clause and a duty to disclose inventions promptly in every employment contract;
- a written reward and remuneration scheme, so the statutory defaults do not apply by accident;
- written agreements with outside designers, universities and contractors, who are **not** employees and own what they create unless the contract says otherwise.

### Worked example

A production engineer designs a faster filling nozzle during working hours, using the factory's workshop. It is a service invention, so the company files a utility model in its own name. It is granted eight months later. The engineer's contract set no reward, so the company pays her at least RMB 1,500 within three months of the grant announcement. Six months after leaving, she files a patent on an improved version of the same nozzle: the right to that invention also belongs to the company, because it was made within a year and relates to her former duties.`,
            zh: `申请专利之前，企业必须确认自己有权申请。在大多数中小企业里，发明来自员工，中国法律对此有明确规定。

**执行本单位的任务**或者**主要是利用本单位的物质技术条件**所完成的发明创造为**职务发明创造**（《专利法》第六条）。申请专利的权利属于单位，申请被批准后单位为专利权人。职务发明创造包括：

- 在本职工作中作出的发明创造；
- 履行本单位交付的本职工作之外的任务所作出的发明创造；
- 退休、调离原单位后或者劳动关系终止后**一年内**作出的、与其在原单位的本职工作有关的发明创造。

被授予专利权的单位应当对发明人给予**奖励**；专利实施后，应当给予**合理的报酬**（第十五条）。数额可以通过合同约定，或在单位规章制度中规定。没有约定的，应当自**公告授予专利权之日起三个月内**发给奖金：一项发明专利不少于**4000元**，一项实用新型或者外观设计专利不少于**1500元**。

需要建立的制度：

- 在每份劳动合同中约定知识产权归属条款以及及时披露发明的义务；
- 书面的奖励和报酬制度，避免意外适用法定标准；
- 与外部设计师、高校和承包方签订书面协议：他们**不是**员工，除非合同另有约定，其创造的成果归其自己所有。

### 实例

一名生产工程师在工作时间利用工厂车间设计出一种更快的灌装喷嘴。这是职务发明创造，企业以自己的名义申请了实用新型，八个月后获得授权。工程师的劳动合同没有约定奖励，因此企业须在授权公告之日起三个月内向她发放不少于1500元的奖金。她离职六个月后就同一喷嘴的改进型申请了专利：该申请同样属于企业，因为它在一年之内作出，且与她原来的本职工作有关。`,
          },
        },
        {
          title: { en: 'Filing abroad and the PCT in brief', zh: '海外申请与PCT简介' },
          minutes: 15,
          library: [
            'the-pct-route',
            'paris-convention-priority-periods',
            'filing-abroad-confidentiality-examination',
          ],
          body: {
            en: `A Chinese patent protects in China only. To protect an invention abroad, a company can file in each country within the **Paris Convention priority period** (12 months from the first filing for inventions and utility models, 6 months for designs), or use the **Patent Cooperation Treaty (PCT)**.

The PCT in brief:

1. One **international application**, which can be filed at CNIPA as receiving office, within 12 months of the first Chinese filing.
2. An **international search report** and a written opinion on patentability, which help decide whether to continue.
3. Publication 18 months after the priority date.
4. **National phase** at around **30 months** from the priority date (31 months at the EPO; at CNIPA 30 months, or 32 with a late fee), when the company chooses the countries and pays their fees.

The PCT does not grant an "international patent": each country still examines and grants its own. Its value is time: the company has two and a half years to test the market and find partners before paying for many countries.

One Chinese rule matters before any foreign filing: an invention **made in China** must pass CNIPA's **confidentiality examination** before it is filed abroad. Filing a PCT application at CNIPA counts as a request for it.

### Worked example

A sensor company files an invention application at CNIPA on 31 January 2023. On 20 January 2024 it files a PCT application at CNIPA, claiming that priority. The search report is positive. National phase falls due on 31 July 2025 for China and the United States, and on 31 August 2025 for the EPO, which, being a Sunday, moves to 1 September 2025. The company enters the EPO and the United States only.`,
            zh: `中国专利只在中国有效。要在海外保护发明，企业可以在**巴黎公约优先权期限**内（发明和实用新型自首次申请起12个月，外观设计6个月）逐一向各国申请，也可以利用**专利合作条约（PCT）**。

PCT简介：

1. 一份**国际申请**，可以在中国首次申请后12个月内向作为受理局的国家知识产权局提交。
2. 一份**国际检索报告**和关于可专利性的书面意见，帮助判断是否继续。
3. 自优先权日起18个月公布。
4. 自优先权日起约**30个月**进入**国家阶段**（欧洲专利局为31个月；国家知识产权局为30个月，缴纳宽限费可延至32个月），此时企业选定国家并缴纳各国费用。

PCT并不授予"国际专利"：各国仍然各自审查和授权。它的价值在于时间：企业在为多个国家付费之前，有两年半的时间检验市场、寻找合作伙伴。

任何海外申请之前都须注意一条中国规定：**在中国完成的**发明，在向外国申请之前必须通过国家知识产权局的**保密审查**。向国家知识产权局提交PCT申请，视为同时提出了保密审查请求。

### 实例

一家传感器企业于2023年1月31日向国家知识产权局提交了发明专利申请。2024年1月20日，它向国家知识产权局提交了PCT申请并主张该优先权。检索报告结果良好。进入中国和美国国家阶段的期限为2025年7月31日；进入欧洲专利局的期限为2025年8月31日，因当天是星期日，顺延至2025年9月1日。企业最终只进入了欧洲专利局和美国。`,
          },
        },
      ],
    },
    {
      title: { en: 'Keeping the patent alive', zh: '维持专利有效' },
      lessons: [
        {
          title: { en: 'Annual fees and the six-month late-fee window', zh: '年费与六个月的滞纳期' },
          minutes: 20,
          library: ['patent-annual-fees-in-china'],
          body: {
            en: `A Chinese patent stays in force only if its **annual fee** is paid every year. The rules (Patent Law Art. 43 and Implementing Regulations Rule 115):

- Fees are payable **from the year of grant**. The fee for the year of grant is paid with the registration formalities, within two months of receiving the notice to grant.
- Each later year's fee is due **before the previous patent year ends**, that is, on the anniversary of the filing date. Patent years are counted from the filing date, not the grant date.
- Fees rise with the patent's age, so older patents cost more to keep.

If the due date is missed, there is a **six-month late-payment window**. The late fee is 5 % of that year's fee for each full month overdue:

| Paid late by | Late fee |
|---|---|
| up to one month | none |
| more than 1, up to 2 months | 5 % |
| more than 2, up to 3 months | 10 % |
| more than 3, up to 4 months | 15 % |
| more than 4, up to 5 months | 20 % |
| more than 5, up to 6 months | 25 % |

If the fee and the late fee are not paid by the end of the six months, the patent **terminates as from the original due date**. A restoration request is possible within two months of receiving CNIPA's notice, for an extra fee, but it is not guaranteed.

### Worked example

A utility model was filed on 15 March 2021. The fee for its fourth patent year is due on 15 March 2024. The company pays on 20 May 2024, more than two but less than three months late, so it pays a 10 % late fee. Had it not paid by 15 September 2024 (a holiday, so the last day moved to 18 September), the utility model would have ended as from 15 March 2024.`,
            zh: `中国专利只有每年缴纳**年费**才能维持有效。相关规则（《专利法》第四十三条、《专利法实施细则》第一百一十五条）：

- 年费**自授予专利权当年起**缴纳。授予专利权当年的年费，应在收到授权通知后两个月内办理登记手续时缴纳。
- 以后各年的年费应在**上一年度期满前**缴纳，即在申请日的对应日之前。专利年度自申请日起计算，而不是自授权日起计算。
- 年费随专利年限增加而提高，越老的专利维持费用越高。

错过缴费期限的，有**六个月的滞纳期**。每逾期一个整月，加收当年全额年费的5%作为滞纳金：

| 逾期时间 | 滞纳金 |
|---|---|
| 不超过一个月 | 不收 |
| 超过1个月不足2个月 | 5% |
| 超过2个月不足3个月 | 10% |
| 超过3个月不足4个月 | 15% |
| 超过4个月不足5个月 | 20% |
| 超过5个月不足6个月 | 25% |

六个月期满仍未缴纳年费和滞纳金的，专利权**自应缴纳年费期满之日起终止**。可以在收到国家知识产权局通知之日起两个月内请求恢复权利，须缴纳恢复费，但并不一定获准。

### 实例

一件实用新型的申请日为2021年3月15日，第四年度的年费应于2024年3月15日前缴纳。企业于2024年5月20日缴纳，逾期超过两个月、不足三个月，因此缴纳了10%的滞纳金。如果到2024年9月15日（节假日，最后一天顺延至9月18日）仍未缴纳，这件实用新型将自2024年3月15日起终止。`,
          },
        },
        {
          title: { en: 'Keeping deadlines with the IP register', zh: '用知识产权台账管理期限' },
          minutes: 15,
          library: ['ip-management-for-smes', 'patent-annual-fees-in-china', 'trademark-renewal-in-china'],
          body: {
            en: `Most IP rights that small companies lose are not lost in court. They are lost because a fee was not paid or a renewal was not filed: the person who knew the date left, the agency's letter went to an old address, or nobody owned the task.

The platform's **IP register** keeps every right of a company in one place and computes its deadlines from the rules of each office:

- **Patents, utility models and designs**: the term end, each annual fee's due date and the end of its six-month late-fee window.
- **Trade marks**: the expiry, the twelve-month renewal window and the six-month grace period in China; the EU, Madrid and other offices by their own rules.
- **Copyright and trade secrets**: no renewal, but review dates the company sets itself.

A good routine for an SME:

1. Record each right when it is filed, with the filing date, and add the grant or registration date when it comes.
2. Name **one responsible person** and a deputy for the register.
3. Subscribe to the reminders, or the calendar feed, so deadlines appear in the team's calendar.
4. Once a year, review the list: drop rights that no longer earn their fees, and check that new products are covered.

### Worked example

A company owns three utility models, one invention patent and two trade marks. Its engineer enters them in the register in an afternoon. The register shows that one utility model's annual fee fell due five weeks ago and is in its late-fee window: five weeks is more than one full month, so a 5 % late fee applies. The company pays it the same day, and sets reminders sixty and thirty days before each later due date.`,
            zh: `小企业失去的知识产权，大多不是在法庭上失去的，而是因为没有缴费或没有办理续展：知道日期的人离职了，代理机构的信件寄到了旧地址，或者没有人负责这项工作。

平台的**知识产权台账**把企业的每一项权利集中在一处，并按照各局的规则计算期限：

- **发明、实用新型和外观设计**：保护期届满日、每年年费的缴纳期限，以及六个月滞纳期的截止日。
- **商标**：中国商标的有效期届满日、十二个月的续展期和六个月的宽展期；欧盟、马德里及其他局按其各自规则计算。
- **著作权和商业秘密**：无需续展，但企业可以自行设定复查日期。

中小企业的良好做法：

1. 每项权利在申请时就记入台账，填写申请日，授权或注册后补充授权日或注册日。
2. 为台账指定**一名负责人**和一名替补。
3. 订阅提醒或日历订阅源，让期限出现在团队的日历中。
4. 每年复查一次清单：放弃不再值得缴费的权利，并检查新产品是否得到保护。

### 实例

一家企业拥有三件实用新型、一件发明专利和两件商标。工程师用一个下午把它们录入台账。台账显示，其中一件实用新型的年费五周前就已到期，正处于滞纳期内：五周已超过一个整月，因此须缴纳5%的滞纳金。企业当天就缴纳了费用，并为以后每个缴费期限设定了提前六十天和三十天的提醒。`,
          },
        },
      ],
    },
  ],
  quiz: {
    title: { en: 'Check: patents, utility models and annual fees', zh: '测验：专利、实用新型与年费' },
    passMark: 70,
    draws: [{ tag: 'starter-patents', count: 8 }],
  },
};
