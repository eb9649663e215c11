import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const INTERNATIONAL_ITEMS: StarterItem[] = [
  {
    slug: 'paris-convention-priority-periods',
    type: 'law',
    title: {
      en: 'Paris Convention priority: 12 months and 6 months',
      zh: '巴黎公约优先权：十二个月与六个月',
    },
    summary: {
      en: 'A first filing in one member country gives 12 months (patents, utility models) or 6 months (designs, trademarks) to file elsewhere with the first date. How the periods are counted, and the Chinese rules that apply them.',
      zh: '在一个成员国首次提出申请后，可在十二个月（专利、实用新型）或六个月（外观设计、商标）内在其他国家提出申请并享有首次申请日。期限如何计算，以及中国的相应规定。',
    },
    body: {
      en: `## The rule
Under the Paris Convention for the Protection of Industrial Property, a person who has duly filed an application in one member country enjoys a **right of priority** for filing in the other member countries. The priority periods are (Art. 4C(1)):

| Right | Priority period |
|---|---|
| Patents (inventions) | **12 months** |
| Utility models | **12 months** |
| Industrial designs | **6 months** |
| Trademarks | **6 months** |

A later application filed within the period is treated as if filed on the date of the first application, so a publication, a sale or a competitor's filing in between does not harm it.

## Counting
- The period runs from the filing date of the **first** application; the day of filing is not counted (Art. 4C(2)).
- If the last day is an official holiday or a day the office is closed, the period extends to the next working day (Art. 4C(3)).
- Where the month has no corresponding day, offices use its last day: an invention first filed on 29 February 2024 must be filed abroad by **28 February 2025**.

## In China
- Patents: foreign priority 12 months for inventions and utility models, 6 months for designs; the same periods apply for **domestic priority** from a first Chinese filing (Patent Law Art. 29). The claim must be made when filing, and a copy of the first application filed within 16 months (inventions, utility models) or 3 months (designs) (Art. 30). Priority for an invention or utility model can be restored within 2 months after the period ends for a justified reason (Implementing Rules, Rule 36).
- Trademarks: 6 months from a first foreign filing, with a copy within 3 months (Trademark Law Art. 25); 6 months from first use at an exhibition held or recognised by the Chinese government (Art. 26).

## Practical advice
Put the priority deadline in your IP calendar the day you file. Twelve months pass quickly when translations, foreign agents and budgets must be arranged.`,
      zh: `## 规则
根据《保护工业产权巴黎公约》，已在一个成员国正式提出申请的人，在其他成员国提出申请时享有**优先权**。优先权期限为（第四条C款第一项）：

| 权利 | 优先权期限 |
|---|---|
| 专利（发明） | **十二个月** |
| 实用新型 | **十二个月** |
| 工业品外观设计 | **六个月** |
| 商标 | **六个月** |

在期限内提出的在后申请，视为在首次申请日提出，期间发生的公开、销售或他人的申请均不影响其效力。

## 期限计算
- 期限自**首次**申请的申请日起算，申请日当天不计入（第四条C款第二项）。
- 期限最后一日为法定假日或主管机关不办公的，顺延至其后第一个工作日（第四条C款第三项）。
- 最后一个月没有对应日的，以该月最后一日为期限届满日：2024年2月29日首次申请的发明，最迟须在**2025年2月28日**向国外提出申请。

## 在中国
- 专利：外国优先权期限为发明和实用新型十二个月、外观设计六个月；以在中国首次申请为基础的**本国优先权**期限相同（《专利法》第二十九条）。应当在申请时提出书面声明，并在十六个月内（发明、实用新型）或三个月内（外观设计）提交在先申请文件副本（第三十条）。发明或实用新型有正当理由超出优先权期限的，可以在期限届满之日起两个月内请求恢复优先权（《专利法实施细则》第三十六条）。
- 商标：自在外国第一次提出申请之日起六个月，并在三个月内提交申请文件副本（《商标法》第二十五条）；在中国政府主办的或者承认的国际展览会展出的商品上首次使用的，自展出之日起六个月（第二十六条）。

## 建议
提交申请当天就把优先权截止日记入知识产权日历。翻译、境外代理和预算都需要时间，十二个月很快就会过去。`,
    },
    source: {
      en: 'Paris Convention for the Protection of Industrial Property (Stockholm Act 1967), Art. 4C; PRC Patent Law (2020), Arts. 29, 30; Implementing Rules of the Patent Law (2023), Rules 5, 36; PRC Trademark Law (2019), Arts. 25, 26.',
      zh: '《保护工业产权巴黎公约》（1967年斯德哥尔摩文本）第四条C款；《中华人民共和国专利法》（2020年修正）第二十九、三十条；《专利法实施细则》（2023年修订）第五、三十六条；《中华人民共和国商标法》（2019年修正）第二十五、二十六条。',
    },
    ipRights: ['patent', 'utility_model', 'design', 'trademark'],
    topics: ['use', 'manage'],
    jurisdictions: ['international', 'CN'],
    audiences: ['sme', 'official', 'trainer'],
    publishedOn: CHECKED,
  },
  {
    slug: 'the-pct-route',
    type: 'guide',
    title: { en: 'The PCT route: one international patent application', zh: 'PCT途径：一件国际专利申请' },
    summary: {
      en: 'The Patent Cooperation Treaty lets a Chinese applicant file once, get an international search, and decide country by country up to 30 or 31 months from priority.',
      zh: '《专利合作条约》允许中国申请人只提交一件申请，获得国际检索报告，并在自优先权日起三十或三十一个月内再逐国决定是否进入国家阶段。',
    },
    body: {
      en: `## What the PCT does
An international application under the Patent Cooperation Treaty has the effect of a filing in every member state. It does **not** give an "international patent": each country or region later grants or refuses its own patent. What it buys is **time and information**.

## The steps
1. **File** with CNIPA as receiving office, in Chinese or English, usually within 12 months of a first Chinese filing so as to claim its priority. Filing a PCT application with CNIPA also counts as the request for the confidentiality examination required for inventions made in China (Implementing Rules, Rule 8).
2. **International search**: a search report and a written opinion on patentability arrive, normally before publication, so you know the prior art early.
3. **Publication** at 18 months from the priority date.
4. Optionally, **international preliminary examination**.
5. **National phase**: enter each country where you want a patent, within **30 months** from the priority date in most countries — China 30 months, or 32 with a grace fee (Implementing Rules, Rule 120); the United States 30 months; the European Patent Office 31 months.

## Term and fees
In China the international filing date counts as the filing date (Rule 119), so the 20-year term runs from it, not from the priority date. Costs are deferred: the expensive part — translations, national fees, local agents — comes at the national phase, when you know more about the market and the invention's chances.

## When to use it
- You expect to need protection in several countries but do not yet know which.
- You want the search results before spending on translations.
- For one or two countries, direct national filings within the 12-month Paris priority period may be cheaper.`,
      zh: `## PCT的作用
依照《专利合作条约》提出的国际申请，在每一个成员国都具有正规国家申请的效力。它**不会**产生“国际专利”：之后由各国或地区分别授权或驳回。它带来的是**时间和信息**。

## 步骤
1. 以国家知识产权局为受理局，用中文或英文**提交**申请，通常在中国首次申请后十二个月内提出，以要求其优先权。向国家知识产权局提交专利国际申请，视为同时提出了在中国完成的发明所需的保密审查请求（《专利法实施细则》第八条）。
2. **国际检索**：通常在公布之前收到检索报告和关于可专利性的书面意见，尽早了解现有技术。
3. 自优先权日起十八个月**国际公布**。
4. 可选择进行**国际初步审查**。
5. **进入国家阶段**：在希望获得专利的国家办理进入手续，多数国家为自优先权日起**三十个月**——中国三十个月，缴纳宽限费可延至三十二个月（《专利法实施细则》第一百二十条）；美国三十个月；欧洲专利局三十一个月。

## 期限和费用
在中国，国际申请日视为申请日（第一百一十九条），二十年保护期自国际申请日而非优先权日起算。费用被推后：翻译费、各国官费和当地代理费等主要开支发生在国家阶段，那时您对市场和授权前景已有更多了解。

## 适用情形
- 预计需要在多个国家获得保护，但尚未确定具体国家。
- 希望在支付翻译费之前先看到检索结果。
- 如果只需要一两个国家，在十二个月巴黎公约优先权期限内直接逐国申请可能更省钱。`,
    },
    source: {
      en: 'Patent Cooperation Treaty, Arts. 3, 11, 22, 39; Implementing Rules of the Patent Law (2023), Rules 8, 119, 120; EPC Rule 159.',
      zh: '《专利合作条约》第三、十一、二十二、三十九条；《专利法实施细则》（2023年修订）第八、一百一十九、一百二十条；《欧洲专利公约实施细则》第一百五十九条。',
    },
    url: 'https://www.wipo.int/pct/',
    ipRights: ['patent', 'utility_model'],
    topics: ['use'],
    jurisdictions: ['international', 'CN'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'design-patents-in-china',
    type: 'guide',
    title: { en: 'Protecting product designs in China', zh: '在中国保护产品外观设计' },
    summary: {
      en: 'Design patents protect the look of a product — since 2021 also of a part of it — for 15 years. What can be protected, how to file, and the Hague route.',
      zh: '外观设计专利保护产品的外观——自2021年起也包括产品的局部——保护期十五年。可保护的对象、申请方法以及海牙途径。',
    },
    body: {
      en: `## What is protected
A design patent protects a new design of the **shape, pattern, or their combination, and of colour with shape or pattern**, of the **whole or a part** of a product, that is aesthetically pleasing and fit for industrial application (Patent Law Art. 2). Partial designs were introduced by the 2020 amendment: the application shows the whole product, with the claimed part in solid lines and the rest in dashed lines (Implementing Rules, Rule 30). Flat prints whose main function is to serve as an identifier cannot be protected (Art. 25).

## Conditions and examination
The design must not be a prior design and must be **clearly distinguishable** from prior designs and their combinations (Art. 23). CNIPA carries out only a preliminary examination (Art. 40), so grant is fast; in a dispute the owner may be asked for a **patent evaluation report** (Art. 66).

## Term
**15 years** from the filing date for applications filed on or after 1 June 2021; 10 years for earlier ones (Art. 42).

## Priority and the Hague route
- Foreign and domestic priority: **6 months** (Art. 29).
- China joined the Hague System for the international registration of industrial designs in 2022. An international registration designating China is treated as a Chinese design application, with the international registration date as its filing date (Implementing Rules, Rules 136–137).

## Practical advice
- File before showing the product: at a trade fair, online, or to a buyer. Only a few kinds of disclosure are covered by the 6-month grace period (Art. 24).
- One application can contain up to 10 similar designs of the same product (Rule 40).
- Register the design in your export markets too (for the EU, see the item on EU designs).`,
      zh: `## 保护对象
外观设计专利保护对产品的**整体或者局部**的**形状、图案或者其结合以及色彩与形状、图案的结合**所作出的富有美感并适于工业应用的新设计（《专利法》第二条）。局部外观设计是2020年修正引入的：申请时应提交整体产品的视图，用实线与虚线相结合的方式表明需要保护的部分（《专利法实施细则》第三十条）。对平面印刷品的图案、色彩或者二者的结合作出的主要起标识作用的设计，不授予专利权（第二十五条）。

## 授权条件和审查
外观设计应当不属于现有设计，并与现有设计或者现有设计特征的组合相比**具有明显区别**（第二十三条）。国家知识产权局只进行初步审查（第四十条），授权较快；发生纠纷时，权利人可能需要出具**专利权评价报告**（第六十六条）。

## 保护期限
2021年6月1日及以后申请的，保护期为自申请日起**十五年**；此前申请的为十年（第四十二条）。

## 优先权和海牙途径
- 外国优先权和本国优先权均为**六个月**（第二十九条）。
- 中国于2022年加入工业品外观设计国际注册海牙体系。指定中国的外观设计国际注册申请视为向国家知识产权局提出的外观设计专利申请，国际注册日视为申请日（《专利法实施细则》第一百三十六、一百三十七条）。

## 建议
- 在展会、网上或向买家展示产品之前提交申请。六个月宽限期只适用于少数几种公开情形（第二十四条）。
- 同一产品的多项相似外观设计可以作为一件申请提出，最多十项（第四十条）。
- 在出口市场同样注册外观设计（欧盟情况参见“欧盟外观设计”条目）。`,
    },
    source: {
      en: 'PRC Patent Law (2020), Arts. 2, 23, 24, 25, 29, 40, 42, 66; Implementing Rules of the Patent Law (2023), Rules 30, 40, 136, 137; Hague Agreement Concerning the International Registration of Industrial Designs (Geneva Act 1999).',
      zh: '《中华人民共和国专利法》（2020年修正）第二、二十三、二十四、二十五、二十九、四十、四十二、六十六条；《专利法实施细则》（2023年修订）第三十、四十、一百三十六、一百三十七条；《工业品外观设计国际注册海牙协定》（1999年日内瓦文本）。',
    },
    ipRights: ['design'],
    topics: ['use', 'protect'],
    jurisdictions: ['CN', 'international'],
    audiences: ['sme'],
    sectors: ['consumer_goods'],
    publishedOn: CHECKED,
  },
];
