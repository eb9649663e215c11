import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const EU_ITEMS: StarterItem[] = [
  {
    slug: 'the-eu-trade-mark',
    type: 'law',
    title: {
      en: 'The EU trade mark: Regulation (EU) 2017/1001 in brief',
      zh: '欧盟商标：第2017/1001号条例要点',
    },
    summary: {
      en: 'One registration at EUIPO for all EU member states: what it covers, the opposition period, the duty to use the mark, and renewal.',
      zh: '在欧盟知识产权局获得一项注册即覆盖全部欧盟成员国：保护范围、异议期、使用义务和续展。',
    },
    body: {
      en: `## One right for the whole Union
An EU trade mark is registered by the **European Union Intellectual Property Office (EUIPO)** in Alicante and has a **unitary character**: it has equal effect throughout the EU and can be registered, transferred, surrendered or declared invalid only for the whole Union (Art. 1).

## Filing
- Any sign capable of distinguishing goods or services and of being represented clearly in the register can be a mark (Art. 4).
- Absolute grounds for refusal — for example lack of distinctiveness or descriptiveness — are examined by EUIPO (Art. 7). Conflicts with earlier rights are not examined of the Office's own motion: they are raised by their owners in **opposition** (Art. 8).
- A first filing in a Paris Convention country can be claimed as priority within **6 months** (Art. 34).

## Opposition
Owners of earlier marks can oppose within **3 months** of the publication of the application (Art. 46). A Chinese company should watch EU publications for marks that copy its brand — and expect that its own application may be opposed.

## Use it or lose it
If the owner has not put the mark to **genuine use** in the Union for a continuous **five years**, it can be revoked and cannot be relied on against others (Arts. 18, 58, 64).

## Term and renewal
Registration lasts **10 years from the filing date** and can be renewed indefinitely for 10 years at a time (Art. 52). Renewal is requested within the **6 months before expiry**, or within the **6 months after** it with an additional fee (Art. 53).

## Enforcement
Infringement actions are heard by the EU trade mark courts designated in each member state, whose judgments can cover the whole Union (Regulation 2017/1001, Title X). See the item on enforcing IP in the EU.`,
      zh: `## 覆盖整个欧盟的一项权利
欧盟商标由位于阿利坎特的**欧盟知识产权局（EUIPO）**注册，具有**统一性**：在整个欧盟具有同等效力，只能就整个欧盟进行注册、转让、放弃或宣告无效（第一条）。

## 申请
- 任何能够将商品或服务区别开来、并能在注册簿中清晰表示的标志，均可作为商标（第四条）。
- 欧盟知识产权局审查驳回的绝对理由，例如缺乏显著性或属于描述性标志（第七条）。与在先权利的冲突不由该局依职权审查，而由在先权利人通过**异议**提出（第八条）。
- 在巴黎公约成员国首次提出的申请，可以在**六个月**内要求优先权（第三十四条）。

## 异议
在先商标权利人可以在申请公告后**三个月**内提出异议（第四十六条）。中国企业应当关注欧盟商标公告，发现仿冒其品牌的申请；同时也要预料到自己的申请可能被异议。

## 不使用即失去
商标权利人连续**五年**未在欧盟**真实使用**商标的，该商标可被撤销，且不能据以对抗他人（第十八、五十八、六十四条）。

## 有效期和续展
注册有效期为**自申请日起十年**，每次可续展十年，次数不限（第五十二条）。续展应在**期满前六个月内**提出，或在**期满后六个月内**缴纳附加费提出（第五十三条）。

## 维权
侵权诉讼由各成员国指定的欧盟商标法院审理，其判决可以覆盖整个欧盟（第2017/1001号条例第十编）。参见“在欧盟维护知识产权”条目。`,
    },
    source: {
      en: 'Regulation (EU) 2017/1001 of the European Parliament and of the Council of 14 June 2017 on the European Union trade mark, Arts. 1, 4, 7, 8, 18, 34, 46, 52, 53, 58, 64 and Title X.',
      zh: '欧洲议会和理事会2017年6月14日关于欧盟商标的第2017/1001号条例，第一、四、七、八、十八、三十四、四十六、五十二、五十三、五十八、六十四条及第十编。',
    },
    url: 'https://www.euipo.europa.eu/',
    ipRights: ['trademark'],
    topics: ['use', 'protect'],
    jurisdictions: ['EU'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
  {
    slug: 'protecting-designs-in-the-eu',
    type: 'guide',
    title: { en: 'Protecting designs in the EU', zh: '在欧盟保护外观设计' },
    summary: {
      en: 'Registered EU designs last up to 25 years; unregistered designs give 3 years against copying. The 12-month grace period after disclosure, and the 2025 reform.',
      zh: '欧盟注册外观设计最长保护二十五年；未注册外观设计提供三年的反复制保护。公开后十二个月的宽限期，以及2025年的改革。',
    },
    body: {
      en: `## Two kinds of protection
- A **registered EU design** (called a registered Community design before the 2024 reform) is registered by EUIPO for the whole Union. It lasts **5 years** from filing and can be renewed in 5-year steps up to **25 years** (Community Design Regulation Art. 12).
- An **unregistered EU design** arises automatically when a design is first made available to the public within the EU, and protects against **copying** for **3 years** (Art. 11). It is useful for short-lived products, but proving the date and place of first disclosure is the owner's task.

## Conditions
A design must be **new** and have **individual character**: the overall impression it makes on the informed user must differ from earlier designs (Arts. 4–6).

## The grace period
A disclosure by the designer (or with the designer's consent) in the **12 months** before filing does not destroy novelty (Art. 7(2)). This is wider than China's 6-month grace period, which covers only a few kinds of disclosure — so a design shown at a European fair can still be registered in the EU, but perhaps no longer in China.

## The 2024–2025 reform
Regulation (EU) 2024/2822 amended the Community Design Regulation; most of it applies from **1 May 2025**. Designs are now called "EU designs", fees changed, and renewal is due in the 6 months before the expiry date (the anniversary of filing), with a 6-month grace period after it.

## Tips
- One application can contain several designs.
- Keep dated evidence of first disclosure (catalogues, fair photographs) for unregistered designs.
- Check the design's registration in China before manufacturing there.`,
      zh: `## 两种保护方式
- **欧盟注册外观设计**（2024年改革前称为共同体注册外观设计）由欧盟知识产权局注册，覆盖整个欧盟。保护期为自申请日起**五年**，可以每五年续展一次，最长**二十五年**（《共同体外观设计条例》第十二条）。
- **欧盟未注册外观设计**在外观设计首次在欧盟向公众提供时自动产生，提供**三年**的**反复制**保护（第十一条）。它适用于生命周期短的产品，但首次公开的日期和地点须由权利人证明。

## 保护条件
外观设计应当具有**新颖性**和**独特性**：其给知情使用者的整体印象应当不同于在先设计（第四至六条）。

## 宽限期
设计人（或经其同意的他人）在申请日前**十二个月**内的公开，不破坏新颖性（第七条第二款）。这比中国仅适用于少数公开情形的六个月宽限期宽泛——在欧洲展会上展示过的设计仍可在欧盟注册，但在中国可能已无法获得保护。

## 2024—2025年改革
欧盟第2024/2822号条例修改了《共同体外观设计条例》，大部分条款自**2025年5月1日**起适用。外观设计改称“欧盟外观设计”，费用有所调整，续展应在到期日（申请日的周年日）前六个月内办理，到期后另有六个月宽展期。

## 建议
- 一件申请可以包含多项外观设计。
- 为未注册外观设计保存首次公开的带日期证据（产品目录、展会照片）。
- 在中国生产之前，确认该外观设计已在中国注册。`,
    },
    source: {
      en: 'Council Regulation (EC) No 6/2002 on Community designs (Community Design Regulation), Arts. 4–7, 11, 12, as amended by Regulation (EU) 2024/2822.',
      zh: '理事会关于共同体外观设计的第6/2002号条例（《共同体外观设计条例》）第四至七条、第十一条、第十二条，经欧盟第2024/2822号条例修订。',
    },
    ipRights: ['design'],
    topics: ['protect'],
    jurisdictions: ['EU'],
    audiences: ['sme'],
    sectors: ['consumer_goods'],
    publishedOn: CHECKED,
  },
  {
    slug: 'enforcing-ip-rights-in-the-eu',
    type: 'guide',
    title: { en: 'Enforcing IP rights in the EU', zh: '在欧盟维护知识产权' },
    summary: {
      en: 'Customs applications, court injunctions, evidence orders and online marketplaces: the tools an SME has when its products are copied in the European Union.',
      zh: '海关保护申请、法院禁令、证据保全和电商平台：产品在欧盟被仿冒时中小企业可以使用的手段。',
    },
    body: {
      en: `## Customs: stop goods at the border
Under Regulation (EU) No 608/2013 a right holder can file an **application for action** with the customs authorities — a national application, or a Union application covering several member states. Customs then detain suspected goods. If the declarant or holder of the goods agrees, or does not object within **10 working days** of notification, the goods can be destroyed without a court case; otherwise the right holder must start proceedings. An application is granted for up to one year and can be extended.

## The courts
The Enforcement Directive (2004/48/EC) gives right holders in every member state:
- measures to **preserve evidence**, including seizure of samples, even before proceedings (Art. 7);
- **provisional and precautionary measures**, including interlocutory injunctions — in urgent cases without hearing the other party (Art. 9);
- **damages** taking account of lost profits and the infringer's unfair profits, or based on a reasonable royalty (Art. 13).

EU trade marks and registered EU designs are enforced before designated national courts whose injunctions can cover the whole Union. European patents can be enforced before the **Unified Patent Court**, operating since 1 June 2023, in the participating member states.

## Online
Under the Digital Services Act (Regulation (EU) 2022/2065), online platforms must provide notice-and-action mechanisms and handle notices from trusted flaggers with priority. Keep your registration numbers at hand when filing notices.

## Before you act
- Make sure your right covers the EU: a Chinese registration does not.
- Collect evidence: test purchases, photographs, catalogues, web captures with dates.
- Consider a warning letter, but beware of unjustified threats; take local advice.`,
      zh: `## 海关：在边境扣留货物
根据欧盟第608/2013号条例，权利人可以向海关提交**保护申请**——国家申请，或覆盖多个成员国的欧盟申请。海关随后扣留涉嫌侵权的货物。申报人或货物持有人同意，或在收到通知后**十个工作日**内未提出异议的，货物可以不经诉讼销毁；否则权利人须启动法律程序。申请的批准期限最长一年，可以延长。

## 法院
《知识产权执法指令》（2004/48/EC）在每个成员国为权利人提供：
- **证据保全**措施，包括在起诉前扣押样品（第七条）；
- **临时和预防性措施**，包括临时禁令——紧急情况下可不经听取对方意见作出（第九条）；
- 考虑权利人利润损失和侵权人不当得利、或以合理许可费为基础的**损害赔偿**（第十三条）。

欧盟商标和欧盟注册外观设计由各国指定的法院审理，其禁令可以覆盖整个欧盟。欧洲专利可以在参加国向2023年6月1日开始运作的**统一专利法院**主张权利。

## 网络
根据《数字服务法》（欧盟第2022/2065号条例），在线平台必须提供通知与处理机制，并优先处理可信举报人的通知。提交通知时请准备好注册号。

## 行动之前
- 确认您的权利覆盖欧盟：中国的注册在欧盟无效。
- 收集证据：公证购买或试购、照片、产品目录、带日期的网页截图。
- 可以考虑发出警告函，但要注意不当威胁的风险；请咨询当地律师。`,
    },
    source: {
      en: 'Regulation (EU) No 608/2013 concerning customs enforcement of intellectual property rights; Directive 2004/48/EC on the enforcement of intellectual property rights, Arts. 7, 9, 13; Agreement on a Unified Patent Court; Regulation (EU) 2022/2065 (Digital Services Act).',
      zh: '欧盟关于海关实施知识产权保护的第608/2013号条例；关于知识产权执法的第2004/48/EC号指令第七、九、十三条；《统一专利法院协定》；欧盟第2022/2065号条例（《数字服务法》）。',
    },
    ipRights: ['trademark', 'design', 'patent', 'copyright'],
    topics: ['enforce'],
    jurisdictions: ['EU'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
  {
    slug: 'geographical-indications-china-and-eu',
    type: 'guide',
    title: { en: 'Geographical indications in China and the EU', zh: '中国和欧盟的地理标志' },
    summary: {
      en: 'How a regional product name is protected in China — as a collective or certification mark, or as a GI product — and what the 2021 EU–China agreement changed.',
      zh: '地方特产名称在中国如何保护——作为集体商标、证明商标或地理标志产品——以及2021年中欧地理标志协定带来的变化。',
    },
    body: {
      en: `## What a geographical indication is
A geographical indication (GI) identifies a product as coming from a region where a given quality, reputation or other characteristic is essentially due to its natural or human factors (Trademark Law Art. 16).

## In China
- As a **collective mark** or a **certification mark** registered under the Trademark Law (Art. 3) — the route most often used by producer associations.
- As a **GI product** recognised by CNIPA under its geographical indication product protection rules.
- A mark containing a GI for goods that do not come from that region, and that misleads the public, is refused and its use prohibited (Art. 16).

## In the EU
- Agricultural products, foodstuffs, wines and spirit drinks: protected designations of origin (PDO) and protected geographical indications (PGI), now under Regulation (EU) 2024/1143.
- Craft and industrial products (such as porcelain or stone): a new EU GI system under Regulation (EU) 2023/2411, applying from 1 December 2025.

## The EU–China agreement
The **Agreement between the EU and China on cooperation on, and protection of, geographical indications** entered into force on **1 March 2021**. It protects 100 European GIs in China and 100 Chinese GIs in the EU, with a further 175 names on each side to follow, against imitation and usurpation.

## For local officials and producer groups
- Identify products whose reputation depends on origin.
- Organise producers and agree a specification (area, method, quality controls).
- Register the name at home first; then use the agreement, the Madrid System or national filings abroad.`,
      zh: `## 什么是地理标志
地理标志是指标示某商品来源于某地区，该商品的特定质量、信誉或者其他特征，主要由该地区的自然因素或者人文因素所决定的标志（《商标法》第十六条）。

## 在中国
- 依照《商标法》注册为**集体商标**或**证明商标**（第三条）——生产者协会最常采用的途径。
- 依照国家知识产权局的地理标志产品保护规定认定为**地理标志产品**。
- 商标中有商品的地理标志，而该商品并非来源于该标志所标示的地区，误导公众的，不予注册并禁止使用（第十六条）。

## 在欧盟
- 农产品、食品、葡萄酒和烈酒：受保护原产地名称（PDO）和受保护地理标志（PGI），现依据欧盟第2024/1143号条例。
- 手工业和工业产品（如瓷器、石材）：依据欧盟第2023/2411号条例建立的新地理标志制度，自2025年12月1日起适用。

## 中欧协定
《中华人民共和国政府与欧洲联盟地理标志保护与合作协定》于**2021年3月1日**生效。协定在中国保护100个欧洲地理标志，在欧盟保护100个中国地理标志，双方还将各增加175个，防止仿冒和假冒。

## 对地方官员和生产者组织的建议
- 找出声誉取决于产地的产品。
- 组织生产者，商定产品标准（产区、工艺、质量控制）。
- 先在国内注册名称，再通过该协定、马德里体系或逐国申请在境外保护。`,
    },
    source: {
      en: "PRC Trademark Law (2019), Arts. 3, 16; Agreement between the European Union and the Government of the People's Republic of China on cooperation on, and protection of, geographical indications (in force 1 March 2021); Regulation (EU) 2024/1143; Regulation (EU) 2023/2411.",
      zh: '《中华人民共和国商标法》（2019年修正）第三、十六条；《中华人民共和国政府与欧洲联盟地理标志保护与合作协定》（2021年3月1日生效）；欧盟第2024/1143号条例；欧盟第2023/2411号条例。',
    },
    ipRights: ['geographical_indication', 'trademark'],
    topics: ['protect', 'valorise'],
    jurisdictions: ['CN', 'EU'],
    audiences: ['official', 'sme'],
    sectors: ['consumer_goods', 'raw_materials'],
    publishedOn: CHECKED,
  },
];
