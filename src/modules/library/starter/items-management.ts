import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const MANAGEMENT_ITEMS: StarterItem[] = [
  {
    slug: 'ip-management-for-smes',
    type: 'manual',
    title: { en: 'IP management for SMEs: a starter manual', zh: '中小企业知识产权管理入门手册' },
    summary: {
      en: 'Five habits that let a small company use, valorise and protect its intellectual property without an IP department: know what you have, own it, register what matters, keep it alive, and watch the market.',
      zh: '没有知识产权部门的小企业也能做到运用、转化和保护知识产权的五个习惯：清楚自己有什么、确保归属、注册关键权利、维持权利有效、关注市场动态。',
    },
    body: {
      en: `## 1. Know what you have
Make an **IP inventory**: brands and logos, product designs, technical inventions, software, know-how, customer lists, domain names. For each, note who created it, where it is used and what it is worth to the business. This platform's IP asset register is built for this.

## 2. Make sure the company owns it
- Employees' inventions and software usually belong to the employer, but write it down (see the FAQ on employee inventions).
- **Commissioned** work — a design agency's logo, a freelancer's software — belongs to the contractor unless the contract says otherwise (Copyright Law Art. 19; Computer Software Protection Regulations Art. 11). Get an assignment.
- Check that partners, distributors and manufacturers have no claim on your marks and designs.

## 3. Register what matters, where it matters
- Trademarks in every market where you sell or manufacture, including a Chinese name.
- Designs before you show products; patents or utility models for technical advantages you can describe and that competitors could copy.
- Keep some things as **trade secrets** instead: a process invisible in the product may be better kept secret than published in a patent.

## 4. Keep it alive
Diary every deadline: priority periods, oppositions, annual fees, renewals, non-use periods. A lapsed right is usually lost for good.

## 5. Watch and act
- Watch trademark gazettes, marketplaces and trade fairs.
- Record your rights with customs.
- Decide in advance how you will react to infringement, and budget for it.

## 6. Earn from it
Licensing, sale, pledge financing and using IP as a selling point with buyers and investors — see the items on valuing, licensing and pledging patents.

## Who does it
In a small company one person should own the IP calendar and inventory, with an external agent for filings and a lawyer on call. Review it every year with management.`,
      zh: `## 1. 清楚自己有什么
建立**知识产权清单**：品牌和标识、产品外观设计、技术发明、软件、技术诀窍、客户名单、域名。逐项记录创作人、使用场合及其对业务的价值。本平台的知识产权资产登记功能正是为此设计的。

## 2. 确保归属于公司
- 员工的发明和软件通常归单位所有，但应当书面约定（参见“员工完成的发明创造归谁所有”）。
- **委托**创作的成果——设计公司的标识、自由职业者开发的软件——除合同另有约定外归受托人所有（《著作权法》第十九条；《计算机软件保护条例》第十一条）。请签订转让协议。
- 核实合作伙伴、经销商和制造商对您的商标和外观设计没有任何权利主张。

## 3. 在需要的地方注册关键权利
- 在所有销售和生产所在地注册商标，包括中文名称。
- 在展示产品之前申请外观设计；对能够描述、竞争对手可能模仿的技术优势申请发明或实用新型专利。
- 有些内容适合作为**商业秘密**保护：产品中看不出的工艺，保密可能比通过专利公开更好。

## 4. 维持权利有效
记录所有期限：优先权期限、异议期、年费、续展、不使用期限。权利一旦失效，通常就永久丧失。

## 5. 关注市场并采取行动
- 关注商标公告、电商平台和展会。
- 向海关办理知识产权备案。
- 事先确定应对侵权的方案，并列入预算。

## 6. 从知识产权中获益
许可、转让、质押融资，以及在买家和投资者面前以知识产权作为卖点——参见专利价值评估、许可和质押融资等条目。

## 由谁负责
小企业应当由一人负责知识产权日历和清单，委托外部代理机构办理申请，并有可随时咨询的律师。每年与管理层一起检查一次。`,
    },
    source: {
      en: 'PRC Copyright Law (2020), Art. 19; Computer Software Protection Regulations (2013), Art. 11; PRC Patent Law (2020), Art. 6.',
      zh: '《中华人民共和国著作权法》（2020年修正）第十九条；《计算机软件保护条例》（2013年修订）第十一条；《中华人民共和国专利法》（2020年修正）第六条。',
    },
    ipRights: ['patent', 'trademark', 'design', 'copyright', 'trade_secret'],
    topics: ['manage', 'use', 'valorise', 'protect'],
    jurisdictions: ['CN', 'international'],
    audiences: ['sme', 'official', 'trainer'],
    publishedOn: CHECKED,
  },
  {
    slug: 'ip-briefing-for-smes-outline',
    type: 'slides',
    title: {
      en: 'IP basics for SMEs: a one-hour briefing for local officials to give',
      zh: '中小企业知识产权基础：供地方官员使用的一小时宣讲提纲',
    },
    summary: {
      en: 'The slide-by-slide outline of the local briefing that officials trained by the programme give to the SMEs they serve: use, valorise and protect IP, at home and abroad.',
      zh: '经项目培训的官员向所服务的中小企业开展宣讲的逐页提纲：在国内外运用、转化和保护知识产权。',
    },
    body: {
      en: `This outline follows the aim of the programme's training for local officials: helping SMEs **legally use, valorise and protect** their IP rights, at home and abroad. Each slide lists its message; the library items named give the detail.

1. **Why IP matters to your company** — the rights a small company already has without knowing it.
2. **The five kinds of IP an SME meets** — patents and utility models, designs, trademarks, copyright and software, trade secrets.
3. **First to file** — why the trademark goes to whoever applies first (*Registering a trademark in China*).
4. **Register before you show** — novelty, grace periods and trade fairs (*Utility model or invention patent*, *Protecting product designs*).
5. **Going abroad** — territoriality, priority periods, Madrid and PCT (*Paris Convention priority*, *The Madrid System*, *The PCT route*).
6. **Who owns it** — employees, contractors, distributors (*Who owns an employee invention*, *When the distributor registers your brand*).
7. **Secrets** — confidentiality measures and staff (*Protecting trade secrets with employees*).
8. **Earning from IP** — licensing, valuation, pledge loans (*Licensing a patent*, *Patent pledge financing*).
9. **When you are copied** — evidence, administrative complaints, courts, customs (*Counterfeits at a trade fair*, *Customs recordation*).
10. **Deadlines** — annual fees and renewals (*Patent annual fees*, *Trademark renewal*).
11. **Where to get help** — the local IP office, the EU's IP SME Helpdesks for European partners, agents and lawyers; this library for the basics.
12. **Your next three steps** — inventory, one registration, one contract clause.

## For the trainer
- Use a local company's story for slides 3 and 6.
- Keep the legal detail for questions; point to the library.
- Keep a sign-in sheet of who came, so that the briefing's reach can be reported to the programme.`,
      zh: `本提纲遵循项目对地方官员培训的目标：帮助中小企业**依法运用、转化和保护**其在国内外的知识产权。每页列出要传达的要点；详细内容见所列资料库条目。

1. **知识产权为何对企业重要**——小企业在不知不觉中已经拥有的权利。
2. **中小企业会遇到的五类知识产权**——发明和实用新型专利、外观设计、商标、著作权和软件、商业秘密。
3. **申请在先**——为什么商标归最先申请的人（《在中国注册商标》）。
4. **先申请，后展示**——新颖性、宽限期与展会（《实用新型还是发明专利》《保护产品外观设计》）。
5. **走向海外**——地域性、优先权期限、马德里体系和PCT（《巴黎公约优先权》《马德里体系》《PCT途径》）。
6. **权利归谁**——员工、受托人、经销商（《员工完成的发明创造归谁所有》《经销商抢注了您的品牌》）。
7. **商业秘密**——保密措施与员工管理（《与员工相关的商业秘密保护》）。
8. **从知识产权中获益**——许可、评估、质押贷款（《许可他人实施专利》《专利权质押融资》）。
9. **被仿冒时**——证据、行政投诉、诉讼、海关（《在展会上发现仿冒产品》《知识产权海关保护备案》）。
10. **期限**——年费与续展（《专利年费》《商标续展》）。
11. **到哪里寻求帮助**——当地知识产权管理部门、面向欧洲合作伙伴的欧盟知识产权中小企业服务台、代理机构和律师；基础知识见本资料库。
12. **接下来的三步**——建立清单、完成一项注册、修改一项合同条款。

## 给培训师的提示
- 第3页和第6页请使用本地企业的案例。
- 法律细节留待答疑时讲解，并引导听众查阅资料库。
- 保存签到表，记录出席人员，以便向项目报告宣讲的覆盖人数。`,
    },
    source: {
      en: 'Programme training aims (IPR2–MIIT training of local officials, 2010); the library items named in each slide.',
      zh: '项目培训目标（IPR2与工业和信息化部地方官员培训，2010年）；各页所列资料库条目。',
    },
    ipRights: ['patent', 'trademark', 'design', 'copyright', 'trade_secret'],
    topics: ['use', 'valorise', 'protect'],
    jurisdictions: ['CN', 'international'],
    audiences: ['official', 'trainer'],
    publishedOn: CHECKED,
    events: [
      { city: 'qingdao', year: 2010 },
      { city: 'xiamen', year: 2010 },
    ],
  },
  {
    slug: 'trade-fair-ip-checklist',
    type: 'template',
    title: {
      en: 'Checklist: IP before, during and after a trade fair',
      zh: '清单：展会前、中、后的知识产权事项',
    },
    summary: {
      en: 'A printable checklist for exhibitors: rights to check, documents to pack, evidence to collect and follow-up after the fair.',
      zh: '供参展商打印使用的清单：需核查的权利、需携带的文件、需收集的证据和展后跟进事项。',
    },
    body: {
      en: `## Three months before
- [ ] Trademarks registered in the country of the fair and in the main buyers' countries.
- [ ] New products: design and patent applications **filed before** the fair.
- [ ] Search the register for others' rights in the products you will show.
- [ ] Priority deadlines noted for filings made in the last 12 months.

## Pack
- [ ] Copies of registration certificates, with translations.
- [ ] Authorisation for the person who will act for the company.
- [ ] Catalogues and samples that show your earlier designs, with dates.
- [ ] Contacts: local IP lawyer, the fair's IP office, your embassy's trade section.
- [ ] Confidentiality agreements for visitors who want to see more than the stand.

## During the fair
- [ ] Walk the halls for copies; photograph, collect catalogues, note stand numbers.
- [ ] Do not leave prototypes or drawings unattended.
- [ ] Complaint to the fair's IP office or urgent court application, if needed.

## After the fair
- [ ] Online marketplaces: search for copies, file notices.
- [ ] Customs recordation where copies are made or imported.
- [ ] Review what you showed: file for anything new that was disclosed.`,
      zh: `## 三个月前
- [ ] 商标已在展会所在国和主要买家所在国注册。
- [ ] 新产品：已在展会**之前提交**外观设计和专利申请。
- [ ] 检索注册簿，了解他人对拟展产品享有的权利。
- [ ] 记录过去十二个月内所提申请的优先权截止日。

## 需携带
- [ ] 权利证书复印件及译文。
- [ ] 代表公司行事人员的授权书。
- [ ] 能证明您在先设计的、带日期的产品目录和样品。
- [ ] 联系人：当地知识产权律师、展会知识产权办公室、使馆商务处。
- [ ] 供希望深入了解的来访者签署的保密协议。

## 展会期间
- [ ] 巡视展馆查找仿冒品；拍照、收集目录、记录展位号。
- [ ] 不要让样机或图纸无人看管。
- [ ] 必要时向展会知识产权办公室投诉，或紧急向法院申请。

## 展会之后
- [ ] 电商平台：搜索仿冒品，提交通知。
- [ ] 在仿冒品生产地或进口地办理海关备案。
- [ ] 回顾展出内容：对已公开的新内容及时提出申请。`,
    },
    source: {
      en: 'See the items on counterfeits at trade fairs, customs recordation and the Paris Convention priority periods.',
      zh: '参见“在展会上发现仿冒产品怎么办”“知识产权海关保护备案”和“巴黎公约优先权”等条目。',
    },
    ipRights: ['trademark', 'design', 'patent'],
    topics: ['protect', 'enforce'],
    jurisdictions: ['international', 'CN', 'EU'],
    audiences: ['sme'],
    publishedOn: CHECKED,
  },
];
