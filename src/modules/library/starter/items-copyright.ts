import type { StarterItem } from './types.js';

const CHECKED = '2026-11-20';

export const COPYRIGHT_ITEMS: StarterItem[] = [
  {
    slug: 'copyright-in-china-the-basics',
    type: 'law',
    title: {
      en: 'Copyright in China: what is protected and for how long',
      zh: '中国著作权：保护什么，保护多久',
    },
    summary: {
      en: "Copyright arises automatically; registration is voluntary evidence. The works covered, the term, employees' and commissioned works, and damages under the 2020 Copyright Law.",
      zh: '著作权自动产生，登记属于自愿的证明手段。2020年《著作权法》规定的作品类型、保护期、职务作品和委托作品以及损害赔偿。',
    },
    body: {
      en: `## Automatic protection
Works of Chinese citizens, legal persons and unincorporated organisations enjoy copyright **whether published or not** (Art. 2). No registration is needed. Works include written works, fine art and architecture, photographs, audiovisual works, engineering and **product design drawings**, maps, models and **computer software** (Art. 3). Laws and official documents, pure news facts and calendars or formulas are excluded (Art. 5). "Copyright" (著作权) and "版权" mean the same thing (Art. 62).

## Registration
Authors may register works with the registration body recognised by the national copyright authority (Art. 12). Registration is **evidence**, not a condition of protection — useful in disputes and with online platforms.

## Term
- Works of natural persons: life plus **50 years**, ending on **31 December** of the 50th year after death (Art. 23).
- Works of legal persons, employer-owned works for hire and audiovisual works: **50 years** from first publication, ending on 31 December; not protected if unpublished within 50 years of creation (Art. 23).
- Attribution, alteration and integrity rights have no time limit (Art. 22).

## Who owns it
- **Works for hire** belong to the author, with the employer's priority right to use them for two years — except engineering and product design drawings, maps, software and similar works made mainly with the employer's resources, and works where a contract or the law gives copyright to the employer (Art. 18).
- **Commissioned works** belong to the commissioned party unless the contract says otherwise (Art. 19). Get an assignment in writing (Art. 27).

## Infringement and damages
Damages follow the right holder's loss, the infringer's gains or a royalty; **one to five times** for wilful, serious infringement; statutory damages of **RMB 500 to 5 million** where nothing can be calculated (Art. 54). Copyright authorities can impose fines where the public interest is harmed (Art. 53).`,
      zh: `## 自动保护
中国公民、法人或者非法人组织的作品，**不论是否发表**，依照《著作权法》享有著作权（第二条），无需登记。作品包括文字作品，美术、建筑作品，摄影作品，视听作品，工程设计图、**产品设计图**、地图、模型作品以及**计算机软件**等（第三条）。法律法规和官方文件、单纯事实消息、历法和通用公式等不适用该法（第五条）。著作权即版权（第六十二条）。

## 作品登记
作者等著作权人可以向国家著作权主管部门认定的登记机构办理作品登记（第十二条）。登记是**证明手段**，而非受保护的条件——在纠纷和与网络平台交涉时很有用。

## 保护期
- 自然人的作品：作者终生及其死亡后**五十年**，截止于作者死亡后第五十年的**12月31日**（第二十三条）。
- 法人或者非法人组织的作品、著作权由单位享有的职务作品以及视听作品：自首次发表后**五十年**，截止于第五十年的12月31日；自创作完成后五十年内未发表的，不再保护（第二十三条）。
- 署名权、修改权、保护作品完整权的保护期不受限制（第二十二条）。

## 权利归属
- **职务作品**的著作权由作者享有，单位有权在业务范围内优先使用，作品完成两年内作者不得许可第三人以相同方式使用；但主要利用单位物质技术条件创作的工程设计图、产品设计图、地图、计算机软件等，以及法律规定或合同约定由单位享有的职务作品，除署名权外的著作权由单位享有（第十八条）。
- **委托作品**的著作权归属由合同约定；未约定的，属于受托人（第十九条）。请以书面形式约定转让（第二十七条）。

## 侵权与赔偿
按照权利人的实际损失、侵权人的违法所得或权利使用费确定赔偿；故意侵权、情节严重的，可以在**一倍以上五倍以下**确定；均难以计算的，由法院判决给予**五百元以上五百万元以下**的赔偿（第五十四条）。侵权行为同时损害公共利益的，主管著作权的部门可以处以罚款（第五十三条）。`,
    },
    source: {
      en: 'PRC Copyright Law (as amended 2020, in force 1 June 2021), Arts. 2, 3, 5, 12, 18, 19, 22, 23, 27, 53, 54, 62.',
      zh: '《中华人民共和国著作权法》（2020年修正，2021年6月1日施行）第二、三、五、十二、十八、十九、二十二、二十三、二十七、五十三、五十四、六十二条。',
    },
    ipRights: ['copyright'],
    topics: ['protect', 'use'],
    jurisdictions: ['CN'],
    audiences: ['sme', 'official'],
    publishedOn: CHECKED,
  },
  {
    slug: 'registering-software-copyright-in-china',
    type: 'guide',
    title: { en: 'Registering software copyright in China', zh: '在中国办理软件著作权登记' },
    summary: {
      en: 'Software is protected from the day it is finished; registration with the Copyright Protection Center of China gives a certificate that counts as prima facie evidence. Who owns the code, what to file, and why register.',
      zh: '软件自开发完成之日起受保护；在中国版权保护中心登记后取得的证书是登记事项的初步证明。代码归谁所有、需要提交什么，以及为什么要登记。',
    },
    body: {
      en: `## Protection without registration
Software copyright arises on the day the software is **completed** (Computer Software Protection Regulations, Art. 14). It protects the **program and its documentation** (Art. 2) — the expression, not the ideas, processes or algorithms behind it (Art. 6).

## Why register anyway
- The registration certificate is **prima facie evidence** of the facts registered (Art. 7): authorship, ownership, completion date.
- Online platforms, investors, government support programmes and high-tech enterprise assessments often ask for it.
- Registration of an **exclusive licence or an assignment** is also possible (Art. 21).

Registration is handled by the body recognised by the National Copyright Administration, the **Copyright Protection Center of China (CPCC)** (Art. 7).

## What to file
- The application form, with the software's name, version, completion and first-publication dates, and the owner's identity documents.
- **Identifying material**: extracts of the source code and of the documentation. The registration rules ask, by default, for the first and last 30 consecutive pages of each; confidential parts can be partly masked.
- Proof of ownership where the applicant is not the developer: contract of commission, assignment or employment.

## Who owns the code
- The developer, unless the Regulations say otherwise (Art. 9).
- **Employees**: software developed for an assigned goal, as a foreseeable result of the job, or mainly with the employer's resources belongs to the employer (Art. 13).
- **Contractors**: software developed on commission belongs to the developer unless a **written contract** says otherwise (Art. 11).

## Term
Natural persons: life plus 50 years. Legal persons: 50 years from first publication, ending on 31 December; unprotected if unpublished within 50 years of completion (Art. 14). A registration never needs renewing.`,
      zh: `## 无需登记即受保护
软件著作权自软件**开发完成之日起**产生（《计算机软件保护条例》第十四条），保护对象是**计算机程序及其有关文档**（第二条）——保护的是表达，不延及开发软件所用的思想、处理过程、操作方法或者数学概念（第六条）。

## 为什么仍要登记
- 软件登记机构发放的登记证明文件是登记事项的**初步证明**（第七条）：开发者、权利归属、完成日期。
- 网络平台、投资者、政府扶持项目和高新技术企业认定往往要求提供。
- 专有许可合同和转让合同也可以登记（第二十一条）。

登记由国家著作权行政管理部门认定的软件登记机构——**中国版权保护中心**办理（第七条）。

## 需要提交的材料
- 登记申请表，写明软件名称、版本号、开发完成日期和首次发表日期，以及著作权人身份证明。
- **鉴别材料**：源程序和文档的节选。登记规则默认要求提交源程序和文档各自前、后连续三十页；涉及保密的部分可以部分遮盖。
- 申请人不是开发者的，提交委托开发合同、转让合同或劳动关系等权属证明。

## 代码归谁所有
- 软件著作权属于软件开发者，条例另有规定的除外（第九条）。
- **员工**：针对本职工作中明确指定的开发目标开发的软件、本职工作预见或自然结果的软件，或主要使用单位物质技术条件开发的软件，著作权由单位享有（第十三条）。
- **受托人**：接受委托开发的软件，除**书面合同**另有约定外，著作权由受托人享有（第十一条）。

## 保护期
自然人：终生及其死亡后五十年。法人或者其他组织：自首次发表后五十年，截止于第五十年的12月31日；自开发完成之日起五十年内未发表的，不再保护（第十四条）。登记无需续展。`,
    },
    source: {
      en: 'Computer Software Protection Regulations (2001, revised 2013), Arts. 2, 6, 7, 9, 11, 13, 14, 21; Measures for the Registration of Computer Software Copyright (National Copyright Administration, 2002); PRC Copyright Law (2020), Art. 3.',
      zh: '《计算机软件保护条例》（2001年公布，2013年修订）第二、六、七、九、十一、十三、十四、二十一条；《计算机软件著作权登记办法》（国家版权局，2002年）；《中华人民共和国著作权法》（2020年修正）第三条。',
    },
    url: 'https://www.ccopyright.com.cn/',
    ipRights: ['software', 'copyright'],
    topics: ['protect', 'use'],
    jurisdictions: ['CN'],
    audiences: ['sme'],
    sectors: ['software', 'internet'],
    publishedOn: CHECKED,
  },
  {
    slug: 'how-an-ip-helpdesk-answers-smes',
    type: 'manual',
    title: {
      en: 'How an IP helpdesk answers SMEs: the China IPR SME Helpdesk approach',
      zh: '知识产权咨询服务如何答复中小企业：中国知识产权中小企业服务台模式',
    },
    summary: {
      en: 'The first-line, free and confidential advice model of the EU-funded China IPR SME Helpdesk, where an SME can get such advice today, and how officials can apply the model when SMEs bring them questions.',
      zh: '欧盟资助的中国知识产权中小企业服务台所采用的免费、保密的初步咨询模式，中小企业目前可以在哪里获得此类咨询，以及官员在中小企业向其提问时如何运用这一模式。',
    },
    body: {
      en: `## The model
The China IPR SME Helpdesk, funded by the European Union, was set up to help European SMEs protect and enforce their IP in China. Its approach has four parts that any IP support service for SMEs can use:

1. **First-line advice, free and confidential.** An SME asks a concrete question; an expert answers it in plain language within a set time. The helpdesk does not represent the company or replace a lawyer — it tells the SME what its position is and what to do next.
2. **Practical guides and training** on the situations SMEs meet: registering before entering the market, trade fairs, contracts with manufacturers and distributors, customs, online sales.
3. **Answers that become shared knowledge.** Typical questions are published, without the enquirer's identity, so the next company finds the answer itself.
4. **Referral.** When the case needs a professional, the SME is directed to qualified agents and lawyers.

## Where an SME gets an answer
- European SMEs: the EU's international IP SME Helpdesks, which continue the China helpdesk's work, answer questions free of charge and in confidence (see the address of this item).
- Chinese SMEs: the local intellectual property office and its public service centres, and qualified patent and trademark agents.
- Before asking: this library's guides, FAQs and glossary answer many common questions, and the IP asset register in the SME toolkit keeps the renewal and annual-fee deadlines of the company's rights.

## For officials who answer SMEs
An official trained by the programme is often the first person an SME asks. The model applies:
- Answer the question asked; state the assumptions.
- Cite the article of law or the official source.
- Say what the SME should do next and by when — deadlines first.
- Point to the library item that explains more, and refer the SME to an agent or lawyer when the case needs one.`,
      zh: `## 服务模式
中国知识产权中小企业服务台由欧盟资助设立，帮助欧洲中小企业在中国保护和维护知识产权。其做法包括四个方面，适用于任何面向中小企业的知识产权服务：

1. **免费、保密的初步咨询。**中小企业提出具体问题，专家在规定时间内以通俗的语言作答。服务台不代理企业，也不替代律师——它告诉企业目前所处的情况以及下一步该怎么做。
2. **针对中小企业常见情形的实用指南和培训**：进入市场前先注册、展会、与制造商和经销商的合同、海关、网上销售。
3. **让答复成为共享知识。**典型问题在隐去提问人身份后公开，下一家企业可以自行找到答案。
4. **转介。**案件需要专业服务时，引导企业联系合格的代理机构和律师。

## 中小企业到哪里获得答复
- 欧洲中小企业：延续中国服务台工作的欧盟国际知识产权中小企业服务台免费、保密地解答问题（网址见本条目）。
- 中国中小企业：当地知识产权管理部门及其公共服务机构，以及合格的专利和商标代理机构。
- 提问之前：本资料库的指南、常见问题和术语表可以解答许多常见问题；中小企业工具中的知识产权资产登记功能可以记录企业各项权利的续展和年费期限。

## 对答复中小企业的官员的建议
经项目培训的官员往往是中小企业最先求助的人。上述模式同样适用：
- 回答所问的问题；说明所依据的假设。
- 引用法律条文或官方来源。
- 说明企业下一步应做什么、何时之前完成——期限优先。
- 指引进一步说明的资料库条目；案件需要时，建议企业求助代理机构或律师。`,
    },
    source: {
      en: "China IP SME Helpdesk (European Commission, now part of the EU's international IP SME Helpdesks).",
      zh: '中国知识产权中小企业服务台（欧盟委员会，现为欧盟国际知识产权中小企业服务台的一部分）。',
    },
    url: 'https://intellectual-property-helpdesk.ec.europa.eu/',
    ipRights: ['patent', 'trademark', 'design', 'copyright', 'trade_secret'],
    topics: ['manage', 'protect'],
    jurisdictions: ['CN', 'EU'],
    audiences: ['official', 'trainer', 'sme'],
    publishedOn: CHECKED,
  },
];
