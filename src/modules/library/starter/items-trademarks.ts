import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const TRADEMARK_ITEMS: StarterItem[] = [
  {
    slug: 'registering-a-trademark-in-china',
    type: 'guide',
    title: { en: 'Registering a trademark in China, step by step', zh: '在中国注册商标：分步指南' },
    summary: {
      en: 'China gives a trademark to whoever files first. How to search, choose classes, file with CNIPA, get through opposition and keep the registration alive.',
      zh: '中国商标实行申请在先原则。本文介绍如何检索、选择类别、向国家知识产权局提交申请、度过异议期并维持注册。',
    },
    body: {
      en: `## Why file early
China follows the **first-to-file** principle: when two applicants file the same or a similar mark for the same or similar goods, the earlier application wins (Trademark Law Art. 31). Using a mark in China without registering it gives very little protection. File before you show your product at a fair, sign with a distributor or start selling online.

## Before filing
- **Search** the CNIPA trademark database for identical and similar marks, including Chinese-character versions.
- **Choose the goods and services** using the classification table: China uses the Nice Classification and divides each class into sub-groups of similar goods. One application may cover several classes (Art. 22).
- **Decide on a Chinese name.** Buyers will call your product by a Chinese name whether you choose one or not. Register the Chinese version yourself, in characters, before someone else does.
- Applicants without a residence or business in China must file through a Chinese trademark agency (Art. 18).

## The procedure
1. CNIPA examines the application and must finish within **9 months** (Art. 28).
2. If it is approved, it is published for **3 months**. Prior right owners and interested parties can oppose on relative grounds; anyone can oppose on absolute grounds (Art. 33).
3. Without opposition, the mark is registered and a certificate issued. A refused applicant can request a review within **15 days** of receiving the notice (Art. 34).
4. Applications not intended for use and filed in bad faith are rejected (Art. 4).

## After registration
- The registration lasts **10 years** from approval (Art. 39) and can be renewed for 10 years at a time, within the 12 months before expiry or a 6-month grace period after it (Art. 40).
- **Use the mark.** A registration not used for three consecutive years without good reason can be cancelled at anyone's request (Art. 49). Keep dated evidence of use: invoices, catalogues, advertising.
- **Record licences** with CNIPA: an unrecorded licence cannot be set up against a third party acting in good faith (Art. 43).

## Claiming an earlier date
A mark first filed abroad can be filed in China within **6 months** claiming that earlier date as its priority date (Art. 25).`,
      zh: `## 为什么要尽早申请
中国实行**申请在先**原则：两个或两个以上申请人在同一种或类似商品上以相同或近似商标申请注册的，初步审定并公告申请在先的商标（《商标法》第三十一条）。在中国使用而未注册的商标保护非常有限。应当在参加展会、与经销商签约或开始网上销售之前提交申请。

## 申请之前
- 在国家知识产权局商标数据库中**检索**相同和近似商标，包括中文形式的商标。
- 按照商品分类表**选择商品和服务**：中国采用尼斯分类，并将每一类细分为类似群。一份申请可以就多个类别申请注册同一商标（第二十二条）。
- **确定中文名称。**无论您是否选定，买家都会用中文称呼您的产品。请自己以汉字注册中文商标，避免被他人抢先。
- 在中国没有经常居所或营业所的外国申请人，应当委托依法设立的商标代理机构办理（第十八条）。

## 申请程序
1. 商标局应当自收到申请之日起**九个月**内审查完毕（第二十八条）。
2. 通过审查的商标予以初步审定公告，公告期**三个月**。在先权利人、利害关系人可以基于相对理由提出异议，任何人可以基于绝对理由提出异议（第三十三条）。
3. 公告期满无异议的，予以核准注册并发给商标注册证。申请被驳回的，可以自收到通知之日起**十五日**内申请复审（第三十四条）。
4. 不以使用为目的的恶意商标注册申请，应当予以驳回（第四条）。

## 注册之后
- 注册商标有效期为**十年**，自核准注册之日起计算（第三十九条）；期满前十二个月内可以续展，并有六个月宽展期，每次续展十年（第四十条）。
- **使用商标。**没有正当理由连续三年不使用的注册商标，任何单位或者个人可以申请撤销（第四十九条）。请保存带日期的使用证据：发票、产品目录、广告等。
- **许可备案。**商标使用许可未经备案不得对抗善意第三人（第四十三条）。

## 主张在先日期
商标在外国第一次提出注册申请之日起**六个月**内又在中国提出申请的，可以要求优先权（第二十五条）。`,
    },
    source: {
      en: 'PRC Trademark Law (as amended 2019), Arts. 4, 18, 22, 25, 28, 31, 33, 34, 39, 40, 43, 49.',
      zh: '《中华人民共和国商标法》（2019年修正）第四、十八、二十二、二十五、二十八、三十一、三十三、三十四、三十九、四十、四十三、四十九条。',
    },
    url: 'https://www.cnipa.gov.cn/',
    ipRights: ['trademark'],
    topics: ['use', 'protect'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
  {
    slug: 'protecting-your-trademark-abroad',
    type: 'guide',
    title: { en: 'Protecting your trademark abroad', zh: '在境外保护您的商标' },
    summary: {
      en: 'A Chinese registration stops at the border. The three routes abroad — national filings, the Madrid System and regional marks such as the EU trade mark — and when to use each.',
      zh: '中国的商标注册只在中国境内有效。本文介绍境外保护的三条途径——逐国申请、马德里体系和欧盟商标等地区性商标——以及各自的适用情形。',
    },
    body: {
      en: `## Trademarks are territorial
A registration protects a mark only in the territory of the office that granted it. A mark registered with CNIPA protects it in mainland China; Hong Kong, Macao and Taiwan have their own registers. Before exporting, check the markets you sell in **and** the places where your goods are made or pass through.

## Three routes
- **National applications**, filed with each country's office, usually through a local agent. Useful for one or two countries, or where a country is not in the Madrid System.
- **The Madrid System**: one international application, filed through CNIPA and based on your Chinese application or registration, designating the member countries you want. See the item on the Madrid System.
- **Regional marks**: an **EU trade mark** covers all EU member states with one registration filed at EUIPO; it lasts 10 years from the filing date and is renewable (Regulation (EU) 2017/1001, Arts. 1 and 52). Africa has the OAPI and ARIPO systems; Benelux has one office for three countries.

## Keep your first filing date
Under the Paris Convention, an application filed abroad within **6 months** of your first trademark application can claim that first filing date as its priority date (Paris Convention Art. 4C; EU: Regulation 2017/1001 Art. 34). Plan foreign filings inside that window.

## Points that catch exporters
- Some countries require **use** or a declared intention to use; in the United States, a declaration of use must be filed between the 5th and 6th year after registration (15 U.S.C. § 1058).
- Translate or transliterate the mark with care, and check what it means in the local language.
- Watch official gazettes and **oppose** conflicting applications: for an EU trade mark, opposition is possible for 3 months after publication (Regulation 2017/1001 Art. 46).
- Distributors and agents sometimes register their principal's mark in their own name. Register first, and say in the contract who owns the marks.`,
      zh: `## 商标具有地域性
商标注册只在授予注册的机构所辖地域内有效。在国家知识产权局注册的商标在中国内地受保护；香港、澳门和台湾另有各自的注册制度。出口之前，请检查您的销售市场，以及产品的生产地和途经地。

## 三条途径
- **逐国申请**：向各国主管机关申请，通常需委托当地代理人。适用于只进入一两个国家，或目标国家不是马德里体系成员的情形。
- **马德里体系**：以您在中国的商标申请或注册为基础，通过国家知识产权局提交一件国际申请，指定您需要的成员国。详见“马德里体系”条目。
- **地区性商标**：**欧盟商标**通过在欧盟知识产权局提交的一项注册覆盖所有欧盟成员国，有效期自申请日起十年，可以续展（欧盟第2017/1001号条例第一条、第五十二条）。非洲有非洲知识产权组织（OAPI）和非洲地区知识产权组织（ARIPO）体系；比荷卢三国共用一个知识产权局。

## 保住首次申请日
根据《巴黎公约》，自首次商标申请之日起**六个月**内在国外提出的申请，可以要求以首次申请日为优先权日（《巴黎公约》第四条C款；欧盟：第2017/1001号条例第三十四条）。请在这一期限内安排境外申请。

## 出口企业常遇到的问题
- 有些国家要求**使用**或声明使用意图；在美国，注册后第五年至第六年之间必须提交使用声明（《美国法典》第15编第1058条）。
- 谨慎翻译或音译商标，并了解其在当地语言中的含义。
- 关注官方公告，对冲突的申请提出**异议**：欧盟商标的异议期为公告后三个月（第2017/1001号条例第四十六条）。
- 经销商和代理人有时会以自己的名义注册委托人的商标。请先行注册，并在合同中约定商标归属。`,
    },
    source: {
      en: 'Paris Convention for the Protection of Industrial Property, Art. 4C; Regulation (EU) 2017/1001 on the European Union trade mark, Arts. 1, 34, 46, 52; 15 U.S.C. § 1058.',
      zh: '《保护工业产权巴黎公约》第四条C款；欧盟第2017/1001号条例（欧盟商标条例）第一、三十四、四十六、五十二条；《美国法典》第15编第1058条。',
    },
    ipRights: ['trademark'],
    topics: ['protect', 'use'],
    jurisdictions: ['international', 'EU', 'US'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'the-madrid-system',
    type: 'manual',
    title: { en: 'The Madrid System: one application, many countries', zh: '马德里体系：一件申请，多国保护' },
    summary: {
      en: 'How an international trademark registration works for a Chinese applicant: the basic mark, designations, refusals, the five-year dependency and renewal at WIPO.',
      zh: '中国申请人如何通过马德里体系取得商标国际注册：基础商标、指定、驳回、五年依附期以及在世界知识产权组织续展。',
    },
    body: {
      en: `## What it is
The Madrid System, run by the World Intellectual Property Organization (WIPO), lets a trademark owner protect a mark in many countries with **one application, in one language, with one set of fees** paid in Swiss francs. China is a member; the Trademark Law says international registration follows the treaties China has joined (Art. 21).

## How it works
1. **Basic mark.** You need a Chinese trademark application or registration for the same mark and the same (or narrower) goods.
2. **File through CNIPA** as the office of origin, designating the members where you want protection.
3. WIPO checks the formalities, records the **international registration** and notifies the designated offices.
4. Each designated office examines the mark under its own law and may refuse it within **12 months**, or 18 months if that country has declared so (Madrid Protocol Art. 5(2)). Where there is no refusal, the mark is protected there as if registered nationally.

## The five-year dependency
For **five years** from the international registration date, the international registration depends on the basic mark. If the basic mark is refused, cancelled or limited in that time, the international registration falls to the same extent (Protocol Art. 6(3)) — a "central attack". The owner can then **transform** it into national applications within **3 months**, keeping the original dates (Protocol Art. 9*quinquies*).

## Later
- **Add countries** at any time with a subsequent designation.
- **Renew** every 10 years at WIPO, for all designations at once (Protocol Art. 7).
- Record changes of owner or name centrally.

## When not to use it
- The country you need is not a Madrid member.
- Your Chinese basic mark is weak or under attack.
- You need wording for goods that your Chinese specification does not cover.`,
      zh: `## 什么是马德里体系
马德里体系由世界知识产权组织（WIPO）管理，商标权利人可以通过**一件申请、使用一种语言、缴纳一套以瑞士法郎计的费用**，在多个国家保护商标。中国是马德里体系成员；《商标法》规定，商标国际注册遵循中国缔结或者参加的有关国际条约确立的制度（第二十一条）。

## 如何运作
1. **基础商标。**您需要就同一商标、在相同（或更窄）的商品上拥有中国商标申请或注册。
2. **通过国家知识产权局**（原属局）提交申请，指定希望获得保护的成员。
3. 世界知识产权组织进行形式审查，登记**国际注册**，并通知被指定的主管局。
4. 各被指定局依照本国法律审查，可以在**十二个月**内驳回，作出声明的国家为十八个月（《马德里议定书》第五条第二款）。未被驳回的，商标在该国如同在当地注册一样受到保护。

## 五年依附期
自国际注册日起**五年**内，国际注册依附于基础商标。基础商标在此期间被驳回、撤销或限制的，国际注册在相应范围内随之失效（议定书第六条第三款），即所谓“中心打击”。权利人可以在**三个月**内将其**转换**为各国的国家申请，并保留原日期（议定书第九条之五）。

## 之后
- 随时可以通过后期指定**增加国家**。
- 每十年在世界知识产权组织**续展**一次，所有指定一并续展（议定书第七条）。
- 权利人或名称变更可以统一登记。

## 不宜使用的情形
- 所需国家不是马德里体系成员。
- 您的中国基础商标较弱或正受到挑战。
- 需要保护的商品超出中国基础商标的商品范围。`,
    },
    source: {
      en: 'Protocol Relating to the Madrid Agreement Concerning the International Registration of Marks, Arts. 3, 5(2), 6(3), 7, 9quinquies; PRC Trademark Law (2019), Art. 21.',
      zh: '《商标国际注册马德里协定有关议定书》第三条、第五条第二款、第六条第三款、第七条、第九条之五；《中华人民共和国商标法》（2019年修正）第二十一条。',
    },
    url: 'https://www.wipo.int/madrid/',
    ipRights: ['trademark'],
    topics: ['use', 'manage'],
    jurisdictions: ['international', 'CN'],
    audiences: ['sme', 'official', 'trainer'],
    publishedOn: CHECKED,
  },
  {
    slug: 'trademark-renewal-in-china',
    type: 'faq',
    title: { en: 'When must a Chinese trademark be renewed?', zh: '中国注册商标何时需要续展？' },
    summary: {
      en: 'Ten years from the registration date, with a renewal window of 12 months before expiry and a 6-month grace period after it. A worked example with dates.',
      zh: '注册商标有效期为自核准注册之日起十年；期满前十二个月内可以续展，期满后另有六个月宽展期。附具体日期示例。',
    },
    body: {
      en: `## The rule
A registered trademark is valid for **ten years from the date registration was approved** (Trademark Law Art. 39). To keep it, the owner renews it:

- **window:** within the **12 months before** the registration expires;
- **grace period:** if that is missed, within **6 months after** expiry, with a surcharge;
- each renewal lasts **ten years from the day after** the previous period ended (Art. 40).

If the mark is not renewed by the end of the grace period, its registration is cancelled.

## Counting the dates
The registration expires on the day **before** the corresponding day ten years later (Trademark Implementing Regulations Art. 12).

**Example:** registered on 7 March 2015 → valid until **6 March 2025**. Renewal possible from March 2024; grace period until September 2025; the renewed period runs from 7 March 2025 to 6 March 2035.

## Good practice
- Diary the expiry date of every mark — this platform's IP asset register computes the windows and reminds you.
- Renew early in the window: a lapsed mark can be registered by someone else after the one-year block on similar filings ends (Art. 50).
- Check that the owner's name and address on the register are current before renewing.`,
      zh: `## 规则
注册商标的有效期为**十年，自核准注册之日起计算**（《商标法》第三十九条）。需要继续使用的，商标注册人应当办理续展：

- **续展期：**在期满前**十二个月内**办理；
- **宽展期：**在此期间未能办理的，可以在期满后**六个月内**办理，并缴纳额外费用；
- 每次续展注册的有效期为十年，**自该商标上一届有效期满次日起**计算（第四十条）。

宽展期满仍未办理续展手续的，注销其注册商标。

## 日期的计算
注册商标的有效期截止于十年后对应日的**前一天**（《商标法实施条例》第十二条）。

**示例：**2015年3月7日核准注册 → 有效期至**2025年3月6日**。自2024年3月起可以续展；宽展期至2025年9月；续展后的有效期为2025年3月7日至2035年3月6日。

## 建议
- 记录每件商标的到期日——本平台的知识产权资产登记功能会计算续展期限并发出提醒。
- 尽早续展：商标注销满一年后，他人即可注册相同或近似商标（第五十条）。
- 续展前核对注册簿上的注册人名义和地址是否最新。`,
    },
    source: {
      en: 'PRC Trademark Law (2019), Arts. 39, 40, 50; Implementing Regulations of the Trademark Law (2014), Art. 12.',
      zh: '《中华人民共和国商标法》（2019年修正）第三十九、四十、五十条；《中华人民共和国商标法实施条例》（2014年）第十二条。',
    },
    ipRights: ['trademark'],
    topics: ['manage'],
    jurisdictions: ['CN'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
];
