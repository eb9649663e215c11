import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const BRAND_ITEMS: StarterItem[] = [
  {
    slug: 'domain-names-and-your-brand',
    type: 'guide',
    title: { en: 'Domain names and your brand', zh: '域名与品牌保护' },
    summary: {
      en: 'A domain name is not a trademark, but it can take your customers. Register the names you need early and know the fast dispute procedures for .cn and generic domains.',
      zh: '域名不是商标，却可能把您的客户引走。请尽早注册所需域名，并了解 .cn 域名和通用顶级域名的快速争议解决程序。',
    },
    body: {
      en: `## Register first
Domain names are allocated first come, first served. Register your brand — in Latin letters, in pinyin and, where useful, in Chinese characters — under **.cn**, **.com.cn**, **.中国** and the generic domains your customers use (.com and others), before you announce a product. Registering a .cn name requires real-name verification of the holder.

## When someone else holds your name
- **Generic domains (.com and others):** the Uniform Domain-Name Dispute-Resolution Policy (UDRP) lets a trademark owner ask for the name to be transferred. The complainant must show that the name is **identical or confusingly similar** to its mark, that the holder has **no right or legitimate interest** in it, and that it was **registered and is used in bad faith** (UDRP para. 4(a)). Cases are decided on paper, usually within a few months, by providers such as the WIPO Arbitration and Mediation Center.
- **.cn and .中国:** CNNIC's domain name dispute resolution policy works on similar conditions, with complaints heard by approved dispute resolution providers.
- **Courts:** using, without permission, the main part of another's domain name, website name or web page that has a certain influence, in a way that causes confusion, is unfair competition (Anti-Unfair Competition Law, 2019 text, Art. 6).

## Good practice
- Keep domain registrations in the company's name, not an employee's or an agency's, and renew them automatically.
- Record domain names in the IP asset register together with the trademarks they match.
- Before paying a squatter, compare the price with the cost of a UDRP complaint.`,
      zh: `## 先行注册
域名按照先申请先注册的原则分配。在发布产品之前，请以拉丁字母、拼音以及必要时以汉字，在 **.cn**、**.com.cn**、**.中国** 以及客户常用的通用顶级域名（.com 等）下注册您的品牌。注册 .cn 域名需要对持有人进行实名核验。

## 域名被他人持有时
- **通用顶级域名（.com 等）：**商标权利人可以依据《统一域名争议解决政策》（UDRP）请求将域名转移。投诉人须证明：该域名与其商标**相同或混淆性近似**；持有人对域名**不享有权利或合法利益**；域名的**注册和使用具有恶意**（UDRP第4(a)段）。案件书面审理，通常在数月内由世界知识产权组织仲裁与调解中心等机构作出裁决。
- **.cn 和 .中国：**中国互联网络信息中心的域名争议解决办法适用类似条件，由经认可的争议解决机构受理投诉。
- **法院：**擅自使用他人有一定影响的域名主体部分、网站名称、网页等，引人误认为是他人商品或者与他人存在特定联系的，构成不正当竞争（《反不正当竞争法》2019年文本第六条）。

## 建议
- 以公司名义而非员工或代理机构名义持有域名，并设置自动续费。
- 在知识产权资产登记中将域名与相应商标一并记录。
- 向抢注者付款之前，先比较一下提起 UDRP 投诉的成本。`,
    },
    source: {
      en: 'Uniform Domain-Name Dispute-Resolution Policy (ICANN), para. 4(a); PRC Anti-Unfair Competition Law (2019 text), Art. 6. The law was revised in 2025 (in force 15 October 2025) and its articles renumbered: check the current numbering.',
      zh: '《统一域名争议解决政策》（ICANN）第4(a)段；《中华人民共和国反不正当竞争法》（2019年文本）第六条。该法于2025年修订（2025年10月15日施行），条文序号有调整，请以现行文本为准。',
    },
    ipRights: ['trademark'],
    topics: ['protect', 'enforce'],
    jurisdictions: ['CN', 'international'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'case-study-distributor-registers-the-brand',
    type: 'case_study',
    title: {
      en: 'Case study: when the distributor registers your brand in China',
      zh: '案例：经销商在中国抢注了您的品牌',
    },
    summary: {
      en: 'A training case, written for this platform, on what an SME can do when its Chinese distributor files its trademark — and how to avoid it.',
      zh: '本平台编写的培训案例：中国经销商抢注商标后，中小企业可以采取哪些措施，以及如何预防。',
    },
    body: {
      en: `*This is a composite training case: the company and the facts are invented; the legal steps are those of the Trademark Law.*

## The facts
A small European maker of kitchen knives has sold in China for two years through a distributor in Guangdong. It never filed a trademark in China. When the relationship ends, it learns that the distributor applied for the knife brand, in Latin letters and in Chinese characters, eighteen months earlier. The new distributor is told by online platforms that it sells "infringing" goods.

## What the company can do
1. **If the application is still in its opposition period** (3 months after publication), oppose it. An agent or representative who files its principal's mark in its own name without authorisation is refused on the principal's opposition (Trademark Law Art. 15); a mark filed in bad faith without intent to use is refused (Art. 4).
2. **If the mark is already registered**, ask for it to be declared invalid: on relative grounds (such as Art. 15 or Art. 32) within **5 years** of registration (Art. 45), on absolute grounds (such as Art. 4) at any time (Art. 44).
3. **Gather evidence** of the relationship (contracts, e-mails, orders) and of earlier use and reputation in China (Art. 32 protects a mark in use "with a certain influence" against pre-emptive registration by unfair means).
4. **File its own applications** at once, for the brand and its Chinese name, so that it holds the next place in line.

## What would have prevented it
- Filing in China before the first shipment, in Latin letters and in Chinese.
- A distribution contract stating that all marks belong to the principal, that the distributor will not file them and will assign any it files.
- Watching CNIPA's gazette for similar marks.`,
      zh: `*本案例为培训用综合案例：公司和事实均为虚构；所述法律步骤依据《商标法》。*

## 案情
一家欧洲小型刀具企业通过广东的一家经销商在中国销售了两年，从未在中国申请商标。合作结束后，它发现该经销商早在十八个月前就以拉丁字母和汉字申请注册了该刀具品牌。新的经销商被电商平台告知其销售的是“侵权”商品。

## 企业可以采取的措施
1. **如果申请尚在异议期内**（初步审定公告后三个月），提出异议。代理人或者代表人未经授权以自己的名义将被代理人的商标进行注册，被代理人提出异议的，不予注册（《商标法》第十五条）；不以使用为目的的恶意商标注册申请应当予以驳回（第四条）。
2. **如果商标已经注册**，请求宣告无效：基于相对理由（如第十五条、第三十二条）的，应自注册之日起**五年**内提出（第四十五条）；基于绝对理由（如第四条）的，不受时间限制（第四十四条）。
3. **收集证据**，证明双方的合作关系（合同、电子邮件、订单）以及在中国在先使用和已有的影响（第三十二条禁止以不正当手段抢先注册他人已经使用并有一定影响的商标）。
4. **立即自行提出申请**，包括品牌及其中文名称，以便排在下一顺位。

## 如何避免
- 在第一批货物发运前，以拉丁字母和中文在中国申请注册。
- 在经销合同中约定所有商标归委托人所有，经销商不得申请注册，已申请的应当转让。
- 关注国家知识产权局商标公告中的近似商标。`,
    },
    source: {
      en: 'PRC Trademark Law (2019), Arts. 4, 15, 32, 33, 44, 45.',
      zh: '《中华人民共和国商标法》（2019年修正）第四、十五、三十二、三十三、四十四、四十五条。',
    },
    ipRights: ['trademark'],
    topics: ['protect', 'enforce'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'trainer'],
    publishedOn: CHECKED,
  },
  {
    slug: 'case-study-oem-manufacturing-and-trademarks',
    type: 'case_study',
    title: {
      en: 'OEM manufacturing and trademark infringement: the PRETUL and HONDAKIT cases',
      zh: '贴牌加工与商标侵权：PRETUL案与HONDAKIT案',
    },
    summary: {
      en: "Is making branded goods in China only for export a use of the trademark in China? Two Supreme People's Court judgments, four years apart, and what they mean for manufacturers and brand owners.",
      zh: '在中国为出口而生产贴牌商品，是否构成在中国使用商标？最高人民法院相隔四年的两份判决及其对制造商和品牌方的意义。',
    },
    body: {
      en: `## PRETUL (Supreme People's Court, 2015)
A Chinese factory made padlocks marked PRETUL for a Mexican company that owned the PRETUL mark in Mexico; all the locks were exported to Mexico. Another company owned a similar registered mark in China and sued. The Supreme People's Court held that the marks on goods made entirely for export did not serve, **in China**, to distinguish the source of goods to the relevant public there, so there was no trademark use in China and no infringement.

## HONDAKIT (Supreme People's Court, 2019)
A Chinese company made motorcycles marked HONDAKIT for a buyer in Myanmar and exported them. Honda, owner of the HONDA marks in China, sued. The Supreme People's Court held that **OEM processing is not, as such, exempt** from the Trademark Law: making and exporting goods bearing a mark is use of the mark, the relevant public includes people in the chain who may come into contact with the goods, and whether there is infringement is decided by the usual test of likelihood of confusion. It found infringement.

## What this means
- A manufacturer cannot rely on "it is all for export" as a defence. Check that the brand you are asked to apply does not conflict with a registration in China — ask the buyer for proof of its rights in the destination country **and** check the Chinese register.
- A brand owner that has its goods made in China should **register its marks in China** too: that both protects it against copies made in China and allows China Customs to stop them at export.
- Put the allocation of these risks in the OEM contract (see the item on IP clauses in OEM contracts).`,
      zh: `## PRETUL案（最高人民法院，2015年）
一家中国工厂为墨西哥的PRETUL商标权人生产标有PRETUL的挂锁，全部出口墨西哥。另一家公司在中国拥有近似的注册商标并提起诉讼。最高人民法院认为，全部用于出口的商品上的标识**在中国**不会起到向相关公众识别商品来源的作用，不属于在中国的商标使用，不构成侵权。

## HONDAKIT案（最高人民法院，2019年）
一家中国公司为缅甸买家生产标有HONDAKIT的摩托车并出口。在中国拥有HONDA系列商标的本田公司提起诉讼。最高人民法院认为，**贴牌加工并不当然免于**适用《商标法》：生产并出口标有商标的商品属于商标使用，相关公众包括在流通环节中可能接触该商品的人，是否侵权应按通常的混淆可能性标准判断。法院认定构成侵权。

## 意义
- 制造商不能以“全部出口”作为抗辩理由。请核实委托方要求使用的商标是否与中国的注册商标冲突——要求委托方提供其在目的国的权利证明，**并**查询中国商标注册簿。
- 在中国委托生产的品牌方也应当**在中国注册商标**：这既能防止在中国生产的仿冒品，也使中国海关能够在出口环节予以扣留。
- 在贴牌加工合同中约定上述风险的分担（参见“贴牌加工合同中的知识产权条款”）。`,
    },
    source: {
      en: "Supreme People's Court, Focker Security Products International v. Pujiang Yahuan Locks (PRETUL), retrial judgment of 2015; Honda Motor Co. v. Chongqing Hengshengxintai Trading and others (HONDAKIT), retrial judgment of 2019; PRC Trademark Law (2019), Arts. 48, 57.",
      zh: '最高人民法院莱斯防盗产品国际有限公司诉浦江亚环锁业有限公司案（PRETUL案）再审判决（2015年）；本田技研工业株式会社诉重庆恒胜鑫泰贸易有限公司等案（HONDAKIT案）再审判决（2019年）；《中华人民共和国商标法》（2019年修正）第四十八、五十七条。',
    },
    ipRights: ['trademark'],
    topics: ['enforce', 'manage'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official', 'trainer'],
    sectors: ['equipment', 'consumer_goods'],
    publishedOn: CHECKED,
  },
];
