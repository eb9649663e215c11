import type { StarterCourse } from './types.js';

/** For SMEs: registering and keeping a brand in China and abroad, and answering a squatter. */
export const TRADEMARKS_COURSE: StarterCourse = {
  title: { en: 'Trade marks for SMEs: China and abroad', zh: '中小企业商标：国内与海外' },
  summary: {
    en: 'Why the first to file wins in China, how to choose classes and search before filing, filing at CNIPA, through the Madrid system and at EUIPO, renewing every ten years, and what to do when someone registers your brand first.',
    zh: '为什么在中国申请在先者胜出，如何在申请前选择类别并检索，如何向国家知识产权局、通过马德里体系以及向欧盟知识产权局申请，如何每十年续展，以及品牌被他人抢注时怎么办。',
  },
  audience: 'smes',
  topics: ['protect', 'enforce'],
  ipRights: ['trademark'],
  estimatedMinutes: 100,
  modules: [
    {
      title: { en: 'Registering your brand in China', zh: '在中国注册品牌' },
      lessons: [
        {
          title: { en: 'First to file: why registration comes first', zh: '申请在先：为什么要先注册' },
          minutes: 15,
          library: ['registering-a-trademark-in-china', 'case-study-distributor-registers-the-brand'],
          body: {
            en: `China follows the **first-to-file** principle: when two people apply for the same or a similar mark for the same or similar goods, the mark generally goes to the one who filed first. Using a brand for years does not, on its own, give a right to it. Only a well-known mark, or a mark in use that has some influence and was copied in bad faith, gets limited protection without registration.

For an SME this means three things:

- **File before you launch**, and before you show a product at a trade fair or send samples to a manufacturer or distributor.
- **Register in the company's own name**, never in the name of a director, an agent or a distributor.
- **Register the Chinese version of the brand too.** Consumers and the market will give a foreign brand a Chinese name anyway; if you do not register one, someone else may.

A registered mark is valid for ten years from the date of registration and can be renewed for ten years at a time, without limit.

### Worked example

A European cosmetics company sells in China through a distributor for three years without registering its mark. The distributor registers the brand in its own name in class 3, then demands a licence fee. Because the distributor filed first, the company must now fight an invalidation action, arguing that the distributor, as its agent, registered the mark without authorisation (Trade Mark Law, Art. 15). That takes time and evidence; a filing of a few hundred yuan at the start would have avoided it.`,
            zh: `中国实行**申请在先**原则：两人在相同或类似商品上申请相同或近似商标时，商标一般归先申请的人。仅仅使用品牌多年，本身并不产生商标权。只有驰名商标，或已经使用并有一定影响、被他人恶意抢注的商标，才能在未注册的情况下获得有限保护。

对中小企业来说，这意味着三点：

- **在产品上市之前申请**，也要在展会上展示产品、或向生产商和经销商寄送样品之前申请。
- **以公司自己的名义注册**，不要以董事、代理人或经销商的名义注册。
- **同时注册品牌的中文名称。** 消费者和市场无论如何都会给外国品牌起一个中文名；如果自己不注册，别人就可能注册。

注册商标的有效期为自核准注册之日起十年，可以无限次续展，每次十年。

### 实例

一家欧洲化妆品企业通过经销商在中国销售了三年，一直没有注册商标。经销商以自己的名义在第3类注册了该品牌，随后要求企业支付许可费。由于经销商申请在先，企业只能提出无效宣告，主张经销商作为其代理人未经授权注册了商标（《商标法》第十五条）。这需要时间和证据；而如果当初花几百元申请，就能避免这一切。`,
          },
        },
        {
          title: { en: 'Classes, searching and filing at CNIPA', zh: '类别、检索与向国家知识产权局申请' },
          minutes: 20,
          library: ['registering-a-trademark-in-china', 'cnipa-website'],
          body: {
            en: `Trade marks are registered for particular goods and services, grouped in the 45 classes of the **Nice Classification**: classes 1–34 for goods, 35–45 for services. China also divides each class into **subclasses**, and similarity is judged largely by subclass, so a filing must name the goods precisely.

Before filing, **search**. The CNIPA trade mark database shows earlier applications and registrations. Look for identical marks, marks that look or sound similar, and Chinese translations or transliterations. A search of one afternoon can save a year of waiting for a refusal.

Filing at CNIPA:

1. Choose the mark (word, logo, or both; separate filings give more flexibility).
2. Choose classes and goods from the standard list.
3. File online, or through a registered trade mark agency. Foreign companies without a place of business in China must use an agency.
4. CNIPA examines the application; if accepted it is published for **three months of opposition**.
5. Without opposition, the mark is registered and a certificate issued. The whole process usually takes about a year.

### Worked example

A maker of hiking boots wants to register "TRAILCAT". It files in class 25 (footwear and clothing) and, because it also sells online, in class 35 (online retail services). Its search finds "TRAIL KAT" registered for socks in class 25. Socks and boots are in different subclasses of class 25 but may still be judged similar, so the company's agency advises adding a distinctive logo and preparing arguments before filing.`,
            zh: `商标是针对特定商品和服务注册的，这些商品和服务按**尼斯分类**分为45个类别：第1至34类为商品，第35至45类为服务。中国还把每一类划分为**类似群**，近似判断很大程度上以类似群为准，因此申请时必须准确填写商品名称。

申请之前先**检索**。国家知识产权局商标数据库可以查询在先的申请和注册。要查找相同的商标、字形或读音近似的商标，以及中文译名和音译。花一个下午检索，可以省去一年后被驳回的等待。

向国家知识产权局申请：

1. 确定商标（文字、图形或二者组合；分别申请更灵活）。
2. 从标准名称中选择类别和商品。
3. 网上提交申请，或委托依法备案的商标代理机构。在中国没有营业所的外国企业必须委托代理机构。
4. 国家知识产权局进行审查；通过后予以初步审定公告，**异议期为三个月**。
5. 无人异议的，予以核准注册并颁发证书。整个过程通常约需一年。

### 实例

一家登山鞋生产商想注册"TRAILCAT"。它在第25类（鞋、服装）提出申请；由于也在网上销售，还在第35类（网上零售服务）提出申请。检索发现第25类袜子上已注册了"TRAIL KAT"。袜子和鞋属于第25类的不同类似群，但仍可能被认定为近似，因此代理机构建议在申请前加上有显著性的图形，并准备好答辩理由。`,
          },
        },
      ],
    },
    {
      title: { en: 'Abroad, renewal and squatting', zh: '海外、续展与抢注' },
      lessons: [
        {
          title: {
            en: 'Protecting the brand abroad: Madrid and EUIPO',
            zh: '在海外保护品牌：马德里体系与欧盟知识产权局',
          },
          minutes: 20,
          library: ['the-madrid-system', 'the-eu-trade-mark', 'protecting-your-trademark-abroad'],
          body: {
            en: `A Chinese registration protects in China only. To sell abroad, a company has three routes:

- **National filings** in each country, through a local agent.
- **The Madrid system**, run by WIPO: one international application, in one language and with one set of fees, designating many member countries. It must be based on a Chinese application or registration and is filed through CNIPA.
- **The EU trade mark (EUTM)**, filed at the EU Intellectual Property Office (EUIPO): one registration for all EU member states. The EU can also be designated in a Madrid application.

Points to know:

- For the first five years, an international registration depends on the Chinese base mark: if the base mark is cancelled, the international registration falls with it (**central attack**). It can then be transformed into national filings within three months, keeping the original date.
- A **priority claim** lets a company file abroad within **six months** of its first Chinese filing and keep that first date.
- An EUTM lasts **ten years from the filing date** and is renewed for ten years at a time.

### Worked example

A lighting company filed its mark at CNIPA on 15 January 2025. It plans to sell in the EU, the United Kingdom and Vietnam. It files one Madrid application through CNIPA on 10 June 2025, designating the EU, the UK and Vietnam and claiming the Chinese priority. Because the priority deadline was 15 July 2025, all three designations count from 15 January 2025, ahead of any copier who filed in between.`,
            zh: `中国的注册只在中国有效。企业要在海外销售，有三种途径：

- **逐一国家申请**，委托当地代理机构。
- **马德里体系**，由世界知识产权组织管理：以一种语言、缴纳一套费用提交一份国际申请，即可指定多个成员国。申请须以中国的商标申请或注册为基础，通过国家知识产权局提交。
- **欧盟商标**，向欧盟知识产权局（EUIPO）申请：一次注册在所有欧盟成员国有效。也可以在马德里申请中指定欧盟。

需要了解的要点：

- 国际注册在前五年依附于中国的基础商标：基础商标被撤销的，国际注册随之失效（**中心打击**）。此后可在三个月内转为各国申请，并保留原申请日。
- **主张优先权**可以让企业在中国首次申请后**六个月**内到海外申请，并享有首次申请的日期。
- 欧盟商标自**申请日**起有效期十年，每次续展十年。

### 实例

一家照明企业于2025年1月15日向国家知识产权局申请了商标，计划在欧盟、英国和越南销售。它于2025年6月10日通过国家知识产权局提交了一份马德里申请，指定欧盟、英国和越南，并主张中国的优先权。由于优先权期限截至2025年7月15日，三项指定都以2025年1月15日为准，早于在此期间申请的任何仿冒者。`,
          },
        },
        {
          title: { en: 'Renewal every ten years and the grace period', zh: '每十年续展与宽展期' },
          minutes: 15,
          library: ['trademark-renewal-in-china'],
          body: {
            en: `A Chinese trade mark registration is valid for **ten years**, counted from the date of registration. It expires on the day before the same date ten years later: a mark registered on 7 March 2015 is valid until 6 March 2025.

Renewal rules in China (Trade Mark Law, Art. 40):

- The renewal can be filed in the **twelve months before expiry**.
- If it is missed, a **six-month grace period** follows, with an extra fee.
- If nothing is filed by the end of the grace period, the registration is **cancelled**, and the brand is open to anyone who files next.
- Each renewal runs ten years from the day after the previous term ended.

The EU trade mark and Madrid registrations also run for ten years, with a six-month grace period for a surcharge; an EUTM expires ten years after its filing date, and Madrid registrations are renewed at WIPO.

Renewal is cheap compared with the cost of losing a brand. The risk is forgetting: ten years is longer than most staff stay in one job. Record each registration in the platform's **IP register**, which computes the renewal window and the grace period and sends reminders.

### Worked example

A shoe company's mark was registered on 1 March 2014. Its term ended on 29 February 2024 (a leap year). The renewal window opened in the year before that day. The company missed it, but the grace period lasted until 29 August 2024, and it renewed in July 2024 with the grace fee. Its new term runs from 1 March 2024 to the end of February 2034.`,
            zh: `中国的注册商标有效期为**十年**，自核准注册之日起计算，至十年后对应日的前一天届满：2015年3月7日注册的商标，有效期至2025年3月6日。

中国的续展规则（《商标法》第四十条）：

- 可以在**期满前十二个月内**申请续展。
- 未能在此期间办理的，可以给予**六个月的宽展期**，须缴纳额外费用。
- 宽展期满仍未办理的，**注销**其注册商标，任何人都可以抢先申请该品牌。
- 每次续展的有效期为十年，自该商标上一届有效期满的次日起计算。

欧盟商标和马德里国际注册同样每十年续展一次，也有六个月的宽展期（须缴纳附加费）；欧盟商标自申请日起十年届满，马德里国际注册在世界知识产权组织办理续展。

与失去品牌的代价相比，续展费用很低。风险在于遗忘：十年比大多数员工在一个岗位上的时间还长。请把每一件注册商标记入平台的**知识产权台账**，台账会计算续展期和宽展期，并发送提醒。

### 实例

一家鞋企的商标于2014年3月1日核准注册，有效期于2024年2月29日（闰年）届满。续展期在此前一年内开放。企业错过了续展期，但宽展期持续到2024年8月29日，于是它在2024年7月缴纳宽展费用办理了续展。新的有效期自2024年3月1日起至2034年2月底。`,
          },
        },
        {
          title: { en: 'When someone registers your brand first', zh: '品牌被他人抢先注册时怎么办' },
          minutes: 20,
          library: [
            'case-study-distributor-registers-the-brand',
            'case-study-oem-manufacturing-and-trademarks',
            'counterfeits-at-a-trade-fair',
          ],
          body: {
            en: `Trade mark **squatting** means registering someone else's brand to sell it back, block their goods or pass off products as theirs. It is common where brands are used before they are registered. Chinese law gives several remedies, each with its own deadline:

1. **Opposition**: within **three months** of the publication of the squatter's application. This is the cheapest and fastest step, so companies should watch the CNIPA gazette for their brands.
2. **Invalidation**: after registration. Generally within **five years** of registration when based on earlier rights (for example a mark used with some influence, or one registered by an agent or distributor); no time limit against a squatter acting in bad faith on a well-known mark, or for marks registered by fraud or by other improper means.
3. **Cancellation for non-use**: anyone may ask CNIPA to cancel a mark not used for **three consecutive years** without good reason.
4. **Negotiation or purchase**: sometimes the quickest solution, but it rewards the squatter and should be weighed against the routes above.

Since 2019 the Trade Mark Law also lets CNIPA refuse applications filed in bad faith **without intent to use** (Art. 4), which helps against bulk squatters.

### Worked example

A Danish furniture company finds that a trader registered its brand in class 20 in China four years ago and has never used it. It has two routes: an invalidation, arguing bad faith and its earlier reputation, which must be filed before the five-year limit in one year's time; and a non-use cancellation, since the mark has not been used for three years. Its agency files both, and meanwhile the company files its own application for the brand so that it is next in line when the squatter's mark falls.`,
            zh: `商标**抢注**是指注册他人的品牌，以便高价卖回、阻止其商品进入市场或冒充其产品。在品牌先使用后注册的情况下，抢注很常见。中国法律提供了多种救济，各有期限：

1. **异议**：在抢注申请初步审定公告之日起**三个月**内提出。这是最便宜、最快的途径，企业应在国家知识产权局的商标公告中监测自己的品牌。
2. **无效宣告**：在注册之后提出。以在先权利为依据的（例如已经使用并有一定影响的商标，或被代理人、经销商抢注的商标），一般须自注册之日起**五年**内提出；对恶意抢注驰名商标的，以及以欺骗手段或其他不正当手段取得注册的，不受时间限制。
3. **连续三年不使用撤销**：注册商标无正当理由**连续三年**不使用的，任何人都可以请求国家知识产权局撤销。
4. **谈判或购买**：有时最快，但会让抢注者获利，应与上述途径权衡。

自2019年起，《商标法》还允许国家知识产权局驳回**不以使用为目的**的恶意商标注册申请（第四条），这有助于打击批量抢注。

### 实例

一家丹麦家具企业发现，一名贸易商四年前在中国第20类注册了它的品牌，且从未使用。企业有两条途径：以恶意抢注和在先知名度为由申请无效宣告，须在一年后五年期限届满前提出；以及因连续三年不使用申请撤销。代理机构两项都提出了，同时企业自己也提交了该品牌的注册申请，以便抢注商标被撤销后自己排在第一位。`,
          },
        },
      ],
    },
  ],
  quiz: {
    title: { en: 'Check: trade marks for SMEs', zh: '测验：中小企业商标' },
    passMark: 70,
    draws: [{ tag: 'starter-trademarks', count: 8 }],
  },
};
