import type { StarterCourse } from './types.js';

/** For local officials who brief companies: what IP is, the rights in China, and where to send SMEs. */
export const OFFICIALS_COURSE: StarterCourse = {
  title: { en: 'IP management basics for local officials', zh: '面向地方官员的知识产权管理基础' },
  summary: {
    en: 'What intellectual property is, which rights exist in China and who grants them, how to brief small and medium-sized enterprises in plain words, and where to send them for help.',
    zh: '什么是知识产权，中国有哪些权利、由谁授予，如何用通俗的语言向中小企业讲解，以及应把企业引导到哪里寻求帮助。',
  },
  audience: 'officials',
  topics: ['protect', 'manage'],
  ipRights: ['patent', 'utility_model', 'design', 'trademark', 'copyright', 'trade_secret'],
  estimatedMinutes: 90,
  modules: [
    {
      title: { en: 'The rights and who grants them', zh: '各类权利及其授予机关' },
      lessons: [
        {
          title: { en: 'What intellectual property is', zh: '什么是知识产权' },
          minutes: 15,
          library: ['ip-management-for-smes'],
          body: {
            en: `Intellectual property (IP) is the set of rights the law gives over creations of the mind: inventions, brands, designs, works and confidential know-how. An IP right lets its owner **stop others** from using the creation without permission. It does not by itself give the owner the right to make or sell anything.

Most IP rights are **territorial**: a Chinese patent or trade mark protects in China only. A company that exports needs rights in each market it sells in, and it has to apply for them there (or through an international system such as PCT or Madrid).

Some rights must be **registered** to exist, others arise automatically:

- **Registered rights**: invention patents, utility models, designs and trade marks. They are granted by the China National Intellectual Property Administration (CNIPA) after an application.
- **Unregistered rights**: copyright arises when a work is created; trade secrets are protected as long as the information is kept confidential.

Registered rights last for a fixed **term** and most need regular payments: annual fees for patents, a renewal every ten years for trade marks. A right whose fees are not paid lapses, and anyone may then use the invention or the brand.

### Worked example

A furniture maker in your city has designed a new folding chair, sells it under the brand "FoldEase" and keeps its glue formula secret. Four different rights are in play:

1. The folding mechanism may be protected by a **utility model** or an **invention patent**.
2. The chair's appearance may be protected by a **design patent**.
3. "FoldEase" should be registered as a **trade mark** in class 20 (furniture).
4. The glue formula is a **trade secret**, protected only while the company keeps it confidential.

None of these rights protects the others: a registered brand does not protect the mechanism, and a patent on the mechanism does not protect the name.`,
            zh: `知识产权是法律对智力成果赋予的一组权利，包括发明、品牌、外观设计、作品和保密的技术诀窍。知识产权让权利人可以**禁止他人**未经许可使用其成果，但它本身并不赋予权利人制造或销售任何东西的权利。

大多数知识产权具有**地域性**：中国的专利或商标只在中国受保护。出口企业需要在每个销售市场取得权利，并须在当地提出申请（或通过PCT、马德里等国际体系申请）。

有些权利必须**注册**才能产生，另一些则自动产生：

- **需注册的权利**：发明专利、实用新型、外观设计和商标，由国家知识产权局（CNIPA）经申请后授予。
- **无需注册的权利**：著作权自作品创作完成之日起产生；商业秘密只要保持秘密状态就受保护。

注册权利有固定的**保护期限**，而且大多需要定期缴费：专利需缴纳年费，商标每十年续展一次。不缴费的权利会失效，任何人都可以使用该发明或品牌。

### 实例

本市一家家具企业设计了一款新的折叠椅，以"FoldEase"品牌销售，并对胶水配方保密。这里涉及四种不同的权利：

1. 折叠机构可以申请**实用新型**或**发明专利**保护。
2. 椅子的外观可以申请**外观设计专利**保护。
3. "FoldEase"应在第20类（家具）注册为**商标**。
4. 胶水配方属于**商业秘密**，只有企业保持其秘密性才受保护。

这些权利互不替代：注册商标不保护折叠机构，机构上的专利也不保护品牌名称。`,
          },
        },
        {
          title: { en: 'The rights in China and CNIPA', zh: '中国的各类权利与国家知识产权局' },
          minutes: 20,
          library: ['cnipa-website', 'copyright-in-china-the-basics', 'utility-model-or-invention-patent'],
          body: {
            en: `CNIPA examines and grants patents and registers trade marks for the whole of China. Copyright registration is handled separately by the Copyright Protection Center of China, and trade secrets are not registered anywhere.

| Right | What it protects | Term in China |
|---|---|---|
| Invention patent | A new technical solution with an inventive step | 20 years from filing |
| Utility model | The shape or structure of a product | 10 years from filing |
| Design patent | The appearance of a product | 15 years from filing (filed from 1 June 2021) |
| Trade mark | A sign that tells one company's goods or services apart | 10 years from registration, renewable |
| Copyright | Literary, artistic and scientific works, software | Life of the author + 50 years, for most works |
| Trade secret | Confidential business or technical information | As long as it stays secret |

A few points officials are asked about often:

- **Utility models are not examined for inventiveness** before grant. They are granted faster and cheaply, but are easier to challenge.
- **Patent terms run from the filing date**, not the grant date, and cannot be renewed.
- **Trade marks can be renewed without limit**, every ten years, as long as the renewal fee is paid.
- **Copyright registration is voluntary**: it is useful evidence in a dispute but does not create the right.

### Worked example

A company asks whether it can "patent" its new app. The answer has several parts: the source code is protected by **copyright** (and software copyright can be registered as evidence); the app's name needs a **trade mark** in class 9 and perhaps class 42; a genuinely new technical method it uses may, in some cases, be the subject of an **invention patent**; and its user data and algorithms should be kept as **trade secrets** with confidentiality agreements.`,
            zh: `国家知识产权局负责在全国范围内审查和授予专利、注册商标。著作权登记由中国版权保护中心另行办理，商业秘密则无需在任何机构登记。

| 权利 | 保护对象 | 在中国的保护期限 |
|---|---|---|
| 发明专利 | 具有创造性的新技术方案 | 自申请日起20年 |
| 实用新型 | 产品的形状或构造 | 自申请日起10年 |
| 外观设计专利 | 产品的外观 | 自申请日起15年（2021年6月1日起申请的） |
| 商标 | 区分不同企业商品或服务的标志 | 自核准注册之日起10年，可续展 |
| 著作权 | 文学、艺术和科学作品以及软件 | 多数作品为作者终生加50年 |
| 商业秘密 | 保密的经营信息或技术信息 | 只要保持秘密状态 |

官员常被问到的几个问题：

- **实用新型授权前不进行创造性审查**，授权快、费用低，但更容易被宣告无效。
- **专利期限自申请日起计算**，而不是自授权日起计算，期满后不能续展。
- **商标可以无限次续展**，每次十年，只要缴纳续展费用。
- **著作权登记是自愿的**：它在纠纷中是有力的证据，但并不产生权利本身。

### 实例

一家企业询问能否为其新开发的应用程序"申请专利"。答案包括几个方面：源代码受**著作权**保护（软件著作权可以登记作为证据）；应用名称需要在第9类、可能还有第42类注册**商标**；其中真正新颖的技术方法在某些情况下可以申请**发明专利**；用户数据和算法应通过保密协议作为**商业秘密**加以保护。`,
          },
        },
        {
          title: {
            en: 'Trade secrets and copyright in everyday business',
            zh: '日常经营中的商业秘密与著作权',
          },
          minutes: 15,
          library: ['protecting-trade-secrets-with-employees', 'registering-software-copyright-in-china'],
          body: {
            en: `Many small companies own more IP than they think, and most of it is unregistered. Two rights matter in almost every firm: trade secrets and copyright.

**Trade secrets** are protected under the Anti-Unfair Competition Law. Information qualifies when it is not publicly known, has commercial value and the owner has taken reasonable steps to keep it confidential. The last condition is where companies fail most often. Reasonable steps include:

- confidentiality clauses in employment contracts, and separate agreements with suppliers;
- marking documents as confidential and limiting who can open them;
- exit interviews that remind departing staff of their obligations.

**Copyright** covers product manuals, catalogues, photographs, website text, drawings and software. It belongs to the author from the moment of creation; for works made by employees in the course of their job, ownership often depends on the contract, so companies should settle it in writing. Software copyright registration costs little and gives a certificate that courts accept as initial evidence.

### Worked example

An engineer leaves a valve manufacturer and joins a competitor, taking the customer list and the test data. The manufacturer can act under the trade secret rules only if it can show it treated the list and data as confidential: an employment contract with a confidentiality clause, password-protected files and a record of who had access. Without these, a court may find that the information was never a trade secret.`,
            zh: `许多小企业拥有的知识产权比自己想象的多，而且大部分是未注册的。几乎每家企业都涉及两种权利：商业秘密和著作权。

**商业秘密**受《反不正当竞争法》保护。符合条件的信息须不为公众所知悉、具有商业价值，并且权利人采取了相应的保密措施。企业最常失败的就是最后一个条件。相应的保密措施包括：

- 在劳动合同中订立保密条款，与供应商签订单独的保密协议；
- 在文件上标注"保密"，并限制可以查阅的人员；
- 在员工离职面谈时提醒其承担的保密义务。

**著作权**涵盖产品说明书、产品目录、照片、网站文字、图纸和软件。著作权自作品创作完成之日起归作者所有；员工在工作中创作的作品，其权属往往取决于合同约定，企业应以书面形式明确。软件著作权登记费用低，所获证书可被法院作为初步证据采纳。

### 实例

一名工程师从一家阀门制造企业离职，加入竞争对手，并带走了客户名单和测试数据。只有当原企业能够证明其把名单和数据作为秘密加以管理时，才能依据商业秘密规则维权：订有保密条款的劳动合同、设有密码保护的文件以及接触人员的记录。如果没有这些措施，法院可能认定这些信息从来就不构成商业秘密。`,
          },
        },
      ],
    },
    {
      title: { en: 'Briefing and referring SMEs', zh: '为中小企业讲解与转介' },
      lessons: [
        {
          title: {
            en: 'How to brief an SME in twenty minutes',
            zh: '如何在二十分钟内为中小企业讲解知识产权',
          },
          minutes: 20,
          library: ['ip-briefing-for-smes-outline', 'how-an-ip-helpdesk-answers-smes'],
          body: {
            en: `Owners of small companies have little time and rarely ask about "intellectual property" in those words. They ask about a copied product, a brand someone else registered, or a trade fair abroad. A good briefing starts from their business, not from the law.

A twenty-minute briefing can follow four steps:

1. **Ask what the company sells, where, and under which name.** This tells you which rights matter: brand, technology, design or content.
2. **Check what is already registered.** Search the company's name and brands in the CNIPA trade mark database together, and look at its patents.
3. **Name the two or three most urgent actions.** Usually: register the main brand in China and in the export markets, keep confidential information confidential, and put every deadline in a register.
4. **Say where to get help next**: the local IP office, a registered patent or trade mark agency, or a helpdesk.

Keep to plain words. Say "register your brand before you go to the fair" rather than "file a trade mark application under the Madrid Protocol".

### Worked example

A tea producer plans to exhibit in Germany next spring. In the briefing you learn that its brand is registered in China in class 30 only, that it has never filed abroad, and that it brings samples and brochures to the fair. Your three actions: file an EU trade mark (or a Madrid application designating the EU) now, since registration takes months; prepare evidence of ownership to take to the fair; check whether its packaging design should be protected before it is shown publicly.`,
            zh: `小企业主时间有限，很少直接用"知识产权"这个词提问。他们问的是产品被仿冒、品牌被别人抢注，或者要去国外参展。好的讲解应从企业的业务出发，而不是从法律条文出发。

二十分钟的讲解可以分四步：

1. **询问企业卖什么、卖到哪里、用什么名称。** 由此判断哪些权利最重要：品牌、技术、外观设计还是内容。
2. **核查已经注册了什么。** 与企业一起在国家知识产权局商标数据库中检索企业名称和品牌，并查看其专利情况。
3. **指出两三项最紧迫的行动。** 通常是：在中国和出口市场注册主要品牌，对保密信息做好保密，把所有期限记录在台账中。
4. **说明下一步去哪里求助**：当地知识产权局、依法设立的专利或商标代理机构，或者咨询服务台。

使用通俗的语言。说"去展会之前先注册品牌"，而不是"依据马德里议定书提交商标国际注册申请"。

### 实例

一家茶叶企业计划明年春天到德国参展。讲解中你了解到：其品牌只在中国第30类注册，从未在海外申请，并会携带样品和宣传册参展。你提出的三项行动是：现在就申请欧盟商标（或通过马德里体系指定欧盟），因为注册需要数月时间；准备好权属证明文件带到展会；在公开展示之前，确认其包装设计是否需要先申请保护。`,
          },
        },
        {
          title: { en: 'Where to send SMEs for help', zh: '把中小企业引导到哪里寻求帮助' },
          minutes: 20,
          library: ['cnipa-website', 'trade-fair-ip-checklist', 'customs-recordation-with-china-customs'],
          body: {
            en: `An official's job is rarely to solve an IP problem alone. It is to send the company to the right place quickly, before a deadline passes or evidence disappears.

| The company needs | Send it to |
|---|---|
| To file a patent or trade mark in China | CNIPA (online filing), or a registered patent or trade mark agency |
| To search existing trade marks or patents | The CNIPA databases; TMview and DesignView for the EU; WIPO PATENTSCOPE |
| To stop counterfeit goods at the border | China Customs, after recording its rights with the General Administration of Customs |
| To act against infringement in China | Local market regulation or IP administration for administrative action; the courts for damages |
| Advice on filing abroad | A qualified agency; for Europe, EUIPO and EPO guidance; for many countries, WIPO's Madrid and PCT systems |
| To fight a squatted mark | A trade mark agency, to file an opposition or an invalidation at CNIPA |

Two practical rules help:

- **Never recommend an unlicensed "agency"**. Check that a patent agency is registered with CNIPA and that a trade mark agency has filed its record there.
- **Write the deadline down with the company.** Oppositions must be filed within three months of publication; priority claims within six or twelve months. A referral that arrives late is worth little.

### Worked example

A machinery company finds that an unrelated trader has applied to register its brand in China, and the application was published for opposition last month. You send it the same day to a trade mark agency, note in writing that the three-month opposition period ends two months from now, and suggest it gathers evidence of its earlier use: invoices, catalogues and trade fair photographs.`,
            zh: `官员的职责很少是独自解决知识产权问题，而是要在期限届满或证据灭失之前，尽快把企业引导到正确的地方。

| 企业的需要 | 引导至 |
|---|---|
| 在中国申请专利或商标 | 国家知识产权局（网上申请），或依法设立的专利、商标代理机构 |
| 检索已有的商标或专利 | 国家知识产权局数据库；欧盟的TMview和DesignView；世界知识产权组织的PATENTSCOPE |
| 在边境查扣侵权货物 | 向海关总署办理知识产权海关保护备案后，由海关执法 |
| 在中国对侵权采取行动 | 当地市场监管或知识产权管理部门的行政执法；要求赔偿则向法院起诉 |
| 海外申请的咨询 | 有资质的代理机构；欧洲可参考欧盟知识产权局和欧洲专利局的指南；多国申请可利用世界知识产权组织的马德里和PCT体系 |
| 应对被抢注的商标 | 商标代理机构，向国家知识产权局提出异议或无效宣告请求 |

两条实用原则：

- **不要推荐无资质的"代理机构"。** 核实专利代理机构是否经国家知识产权局批准设立，商标代理机构是否已在国家知识产权局备案。
- **与企业一起把期限写下来。** 异议须在公告之日起三个月内提出；优先权须在六个月或十二个月内主张。错过期限的转介几乎没有价值。

### 实例

一家机械企业发现，一个无关的贸易商在中国申请注册了它的品牌，该申请上个月已初步审定公告。你当天就把企业转介给商标代理机构，书面记下三个月的异议期还剩两个月，并建议企业收集在先使用的证据：发票、产品目录和展会照片。`,
          },
        },
      ],
    },
  ],
  quiz: {
    title: { en: 'Check: IP management basics', zh: '测验：知识产权管理基础' },
    passMark: 70,
    draws: [{ tag: 'starter-basics', count: 8 }],
  },
};
