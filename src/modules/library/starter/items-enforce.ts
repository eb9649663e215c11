import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const ENFORCE_ITEMS: StarterItem[] = [
  {
    slug: 'counterfeits-at-a-trade-fair',
    type: 'guide',
    title: {
      en: 'Counterfeits of your product at a trade fair: what to do',
      zh: '在展会上发现假冒或仿冒产品怎么办',
    },
    summary: {
      en: "You find copies of your product on another stand. Stay calm, collect evidence, use the fair's IP complaint office or a court, and follow up after the fair: what works in China and in the EU, and what to prepare before you travel.",
      zh: '在其他展位上发现假冒您产品的商品时，保持冷静，收集证据，向展会知识产权投诉机构投诉或寻求法院救济，并在展会后跟进。在中国和欧盟行之有效的做法，以及出发前的准备。',
    },
    body: {
      en: `## Before the fair
- **Have a right in the country of the fair.** A Chinese patent or trademark does not help at a fair in Germany, and a European one does not help in Guangzhou.
- Bring **copies of registration certificates** (with translations), proof of who may act for the company, and product samples or catalogues showing your design.
- Know who to call: a local IP lawyer, the fair's IP office, the trade association.

## At the fair
1. **Do not confront** the exhibitor in anger; you may warn them off and lose the evidence.
2. **Collect evidence**: photographs of the stand and products, catalogues, business cards, price lists; buy a sample if they sell. Note the date, hall and stand number.
3. **Complain through the fair's channels.**
   - **In China**, large fairs such as the Canton Fair run an IP complaint office during the fair, in line with the 2006 Measures for the Protection of IPR during Exhibitions. The complaint needs the certificate of the right, identity documents and evidence of the infringement; if it is upheld, the exhibitor must take the products off display. For more than removal, turn to the local IP or market-regulation authority, or the courts.
   - **In the EU**, courts in major fair cities can issue **preliminary injunctions** quickly, in urgent cases without hearing the exhibitor (Enforcement Directive 2004/48/EC, Art. 9); an order can be served at the stand.
4. **Courts in China** can also order preservation of evidence and conduct before a lawsuit is filed (Patent Law Arts. 72–73; Trademark Law Arts. 65–66; Copyright Law Arts. 56–57).

## After the fair
- Check whether the products are sold online and use platform notice-and-takedown.
- Record your rights with customs (China: GACC; EU: application for action) so shipments are stopped.
- Decide with your lawyer whether to sue for damages (see the item on damages in China).`,
      zh: `## 展会之前
- **在展会所在国拥有权利。**中国的专利或商标在德国的展会上无法使用，欧洲的权利在广州同样无效。
- 携带**权利证书复印件**（附译文）、公司授权代表的证明，以及能体现您设计的产品样品或目录。
- 事先了解联系对象：当地知识产权律师、展会知识产权办公室、行业协会。

## 展会期间
1. **不要冲动地与参展商对质**，否则可能打草惊蛇，失去证据。
2. **收集证据**：拍摄展位和产品照片，收集产品目录、名片、价格表；对方出售的，购买样品。记录日期、展馆和展位号。
3. **通过展会渠道投诉。**
   - **在中国**，广交会等大型展会依照2006年《展会知识产权保护办法》在展期设立知识产权投诉机构。投诉需提交权利证书、身份证明和侵权证据；投诉成立的，参展商须撤下展品。如需撤展以外的救济，可以向当地知识产权或市场监管部门投诉，或向法院起诉。
   - **在欧盟**，主要展会城市的法院可以迅速作出**临时禁令**，紧急情况下可不经听取参展商意见（《知识产权执法指令》2004/48/EC第九条）；禁令可以在展位当场送达。
4. **中国法院**也可以在起诉前责令采取证据保全和行为保全措施（《专利法》第七十二、七十三条；《商标法》第六十五、六十六条；《著作权法》第五十六、五十七条）。

## 展会之后
- 检查产品是否在网上销售，利用平台的通知—删除机制。
- 向海关办理知识产权备案（中国：海关总署；欧盟：海关保护申请），拦截货物。
- 与律师商定是否提起损害赔偿诉讼（参见“中国知识产权侵权损害赔偿”条目）。`,
    },
    source: {
      en: 'Measures for the Protection of Intellectual Property Rights during Exhibitions (MOFCOM, SAIC, NCAC, SIPO, 2006); PRC Patent Law (2020), Arts. 72–73; PRC Trademark Law (2019), Arts. 65–66; PRC Copyright Law (2020), Arts. 56–57; Directive 2004/48/EC, Art. 9.',
      zh: '《展会知识产权保护办法》（商务部、国家工商总局、国家版权局、国家知识产权局，2006年）；《中华人民共和国专利法》（2020年修正）第七十二、七十三条；《中华人民共和国商标法》（2019年修正）第六十五、六十六条；《中华人民共和国著作权法》（2020年修正）第五十六、五十七条；欧盟第2004/48/EC号指令第九条。',
    },
    ipRights: ['trademark', 'design', 'patent', 'copyright'],
    topics: ['enforce'],
    jurisdictions: ['CN', 'EU'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
  {
    slug: 'customs-recordation-with-china-customs',
    type: 'guide',
    title: { en: 'Customs recordation with China Customs (GACC)', zh: '向海关总署办理知识产权海关保护备案' },
    summary: {
      en: 'China Customs checks exports as well as imports. Recording your trademarks, copyrights and patents with the General Administration of Customs lets officers stop infringing goods on their own initiative.',
      zh: '中国海关对出口和进口货物都实施知识产权保护。将商标、著作权和专利向海关总署备案后，海关可以依职权扣留侵权货物。',
    },
    body: {
      en: `## What China Customs protects
Customs protect **trademarks, copyrights and related rights, and patents** connected with goods being imported **or exported** (Customs IPR Protection Regulations, Art. 2). Because most counterfeits of goods made in China are caught leaving the country, customs recordation matters to foreign brand owners as much as to Chinese ones.

## Recordation
- Apply to the **General Administration of Customs (GACC)** with details of the right, its licensees, the genuine goods (ports, importers, exporters, features, prices) and any known infringers, with supporting documents (Art. 7).
- GACC decides within **30 working days** of receiving a complete application (Art. 8).
- A recordation is valid for **10 years** from approval, or until the IP right expires if earlier; renew it in the **6 months before** it expires (Art. 10). Report changes within 30 working days (Art. 11).

## How goods are stopped
- **Ex officio:** when customs find goods suspected of infringing a **recorded** right, they notify the right holder, who has **3 working days** to apply for detention and provide a bond (Art. 16). Customs then investigate and decide within 30 working days (Art. 20).
- **On application:** without a recordation, the right holder can still ask the customs office at the port to detain a shipment it knows of, with evidence and a bond of up to the value of the goods (Arts. 12–14). Customs release the goods unless a court's assistance notice arrives within **20 working days** (Art. 24).
- Goods suspected of infringing a patent can be released if the consignee or consignor deposits a bond equal to their value (Art. 19).
- Infringing goods are **confiscated** and, where they cannot be used for public welfare or the infringing features removed, destroyed (Art. 27).

## Tips
- Give customs what helps officers recognise fakes: photos, packaging details, authorised manufacturers and exporters.
- Keep the list of authorised exporters current, or genuine shipments may be held.
- Keep the bond and storage costs in the budget; they count as reasonable expenses if the goods are found infringing (Art. 25).`,
      zh: `## 海关保护的权利
海关对与进出口货物有关的**商标专用权、著作权和与著作权有关的权利、专利权**实施保护（《知识产权海关保护条例》第二条）。在中国生产的仿冒商品大多在出口环节被查获，因此备案对外国品牌和中国品牌同样重要。

## 备案
- 向**海关总署**提交申请，写明权利信息、许可情况、合法货物的情况（进出境地海关、进出口商、主要特征、价格等）以及已知的侵权人，并附送证明文件（第七条）。
- 海关总署自收到全部申请文件之日起**三十个工作日**内作出决定（第八条）。
- 备案自准予之日起生效，有效期为**十年**；知识产权有效的，可以在备案有效期届满前**六个月内**申请续展（第十条）。备案情况发生改变的，应当自改变之日起三十个工作日内办理变更（第十一条）。

## 扣留货物的方式
- **依职权保护：**海关发现进出口货物有侵犯**已备案**知识产权嫌疑的，立即书面通知权利人；权利人自通知送达之日起**三个工作日**内提出申请并提供担保的，海关扣留货物（第十六条），并在三十个工作日内调查认定（第二十条）。
- **依申请保护：**未备案的，权利人发现侵权嫌疑货物即将进出口的，也可以向进出境地海关申请扣留，提供证据和不超过货物等值的担保（第十二至十四条）。海关自扣留之日起**二十个工作日**内未收到人民法院协助执行通知的，应当放行（第二十四条）。
- 涉嫌侵犯专利权货物的收发货人提供与货物等值的担保金后，可以请求海关放行（第十九条）。
- 认定侵权的货物由海关**没收**；无法用于社会公益事业、又无法消除侵权特征的，予以销毁（第二十七条）。

## 建议
- 向海关提供便于识别假货的信息：照片、包装细节、授权生产商和出口商。
- 及时更新授权出口商名单，以免合法货物被扣。
- 将担保和仓储费用列入预算；货物被认定侵权的，这些费用可以计入制止侵权的合理开支（第二十五条）。`,
    },
    source: {
      en: 'Regulations of the PRC on Customs Protection of Intellectual Property Rights (2003, revised 2010 and 2018), Arts. 2, 7, 8, 10–16, 19, 20, 24, 25, 27.',
      zh: '《中华人民共和国知识产权海关保护条例》（2003年公布，2010年、2018年修订）第二、七、八、十至十六、十九、二十、二十四、二十五、二十七条。',
    },
    url: 'http://english.customs.gov.cn/',
    ipRights: ['trademark', 'copyright', 'patent'],
    topics: ['enforce'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
  {
    slug: 'damages-for-ip-infringement-in-china',
    type: 'law',
    title: {
      en: 'Damages for IP infringement in China, including punitive damages',
      zh: '中国知识产权侵权损害赔偿（含惩罚性赔偿）',
    },
    summary: {
      en: 'How Chinese courts calculate damages, the statutory ranges when losses cannot be proven, and punitive damages of one to five times for wilful infringement.',
      zh: '中国法院如何计算损害赔偿、损失难以确定时的法定赔偿数额，以及对故意侵权适用的一倍以上五倍以下惩罚性赔偿。',
    },
    body: {
      en: `## The order of calculation
For patents, trademarks and copyright the law sets the same order: the right holder's **actual loss**; otherwise the **infringer's profits**; otherwise a reasonable **multiple of a licence fee**. Reasonable costs of stopping the infringement (lawyers, investigation, notarisation) are added.

## When nothing can be proven: statutory damages
| Right | Statutory range | Law |
|---|---|---|
| Patent | RMB 30,000 – 5,000,000 | Patent Law Art. 71 |
| Trademark | up to RMB 5,000,000 | Trademark Law Art. 63 |
| Copyright | RMB 500 – 5,000,000 | Copyright Law Art. 54 |
| Confusing imitation, trade secrets | up to RMB 5,000,000 | Anti-Unfair Competition Law (2019 text) Art. 17 |

## Punitive damages
For **wilful** (trademarks and trade secrets: malicious) infringement in **serious** circumstances, courts may award **one to five times** the amount calculated above (Patent Law Art. 71; Trademark Law Art. 63; Copyright Law Art. 54; Anti-Unfair Competition Law Art. 17). The Civil Code states the general rule (Art. 1185).

## Getting the evidence
Where the right holder has done its best to prove the amount and the books are held by the infringer, the court may **order the infringer to produce them**; if it refuses or produces false ones, the court may rely on the right holder's claim and evidence (Patent Law Art. 71; Trademark Law Art. 63; Copyright Law Art. 54).

## Time limit
Patent infringement claims must be brought within **3 years** from the day the right holder knew or should have known of the infringement and the infringer (Patent Law Art. 74).

## Exceptions
A seller who did not know the goods infringed and can show their lawful source is not liable for damages, though it must stop selling (Patent Law Art. 77; Trademark Law Art. 64).`,
      zh: `## 计算顺序
专利、商标和著作权侵权赔偿的计算顺序相同：权利人的**实际损失**；难以确定的，按**侵权人的获利**；仍难以确定的，参照**许可使用费的倍数**合理确定。赔偿数额还应当包括权利人为制止侵权行为所支付的合理开支（律师费、调查费、公证费等）。

## 难以证明时：法定赔偿
| 权利 | 法定赔偿数额 | 法律依据 |
|---|---|---|
| 专利 | 三万元以上五百万元以下 | 《专利法》第七十一条 |
| 商标 | 五百万元以下 | 《商标法》第六十三条 |
| 著作权 | 五百元以上五百万元以下 | 《著作权法》第五十四条 |
| 混淆行为、商业秘密 | 五百万元以下 | 《反不正当竞争法》（2019年文本）第十七条 |

## 惩罚性赔偿
**故意**侵犯专利权、著作权（商标和商业秘密为**恶意**侵权），**情节严重**的，可以在按上述方法确定数额的**一倍以上五倍以下**确定赔偿数额（《专利法》第七十一条；《商标法》第六十三条；《著作权法》第五十四条；《反不正当竞争法》第十七条）。《民法典》第一千一百八十五条作了一般规定。

## 证据的取得
权利人已经尽力举证，而与侵权行为相关的账簿、资料主要由侵权人掌握的，人民法院可以**责令侵权人提供**；侵权人不提供或者提供虚假账簿、资料的，人民法院可以参考权利人的主张和提供的证据判定赔偿数额（《专利法》第七十一条；《商标法》第六十三条；《著作权法》第五十四条）。

## 诉讼时效
侵犯专利权的诉讼时效为**三年**，自专利权人或者利害关系人知道或者应当知道侵权行为以及侵权人之日起计算（《专利法》第七十四条）。

## 例外
销售不知道是侵权产品、能证明该产品合法来源的，不承担赔偿责任，但应当停止销售（《专利法》第七十七条；《商标法》第六十四条）。`,
    },
    source: {
      en: 'PRC Patent Law (2020), Arts. 71, 74, 77; PRC Trademark Law (2019), Arts. 63, 64; PRC Copyright Law (2020), Art. 54; PRC Anti-Unfair Competition Law (2019 text), Art. 17 (renumbered by the 2025 revision in force 15 October 2025); PRC Civil Code, Art. 1185.',
      zh: '《中华人民共和国专利法》（2020年修正）第七十一、七十四、七十七条；《中华人民共和国商标法》（2019年修正）第六十三、六十四条；《中华人民共和国著作权法》（2020年修正）第五十四条；《中华人民共和国反不正当竞争法》（2019年文本）第十七条（2025年修订后条文序号调整，2025年10月15日施行）；《中华人民共和国民法典》第一千一百八十五条。',
    },
    ipRights: ['patent', 'trademark', 'copyright', 'trade_secret'],
    topics: ['enforce'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
];
