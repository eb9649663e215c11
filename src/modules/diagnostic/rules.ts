import type { Condition } from './conditions.js';
import type { LinkSpec, Rule } from './rule-types.js';

/**
 * The rules that turn answers into findings and actions: one row per rule, read top to bottom.
 * The first start copies them into the `diagnostic_rules` table, where managers may change a
 * rule's texts, priority, conditions and whether it applies; this file stays the starting point.
 */
const is = (question: string, value: string): Condition => ({ question, op: 'eq', value });
const isNot = (question: string, value: string): Condition => ({ question, op: 'ne', value });
const oneOf = (question: string, ...value: string[]): Condition => ({ question, op: 'in', value });

const library = (ipRight?: string, topic?: string): LinkSpec => ({ kind: 'library', ipRight, topic });
const course = (topic: string): LinkSpec => ({ kind: 'course', topic });
const register = (type: string): LinkSpec => ({ kind: 'register', type });
const session: LinkSpec = { kind: 'session' };
const expert = (topic: string): LinkSpec => ({ kind: 'expert', topic });

// biome-ignore format: a rule per block of lines reads as a table
export const RULES: readonly Rule[] = [
  // Brands
  { id: 'brand-asset', family: 'brands', kind: 'asset', priority: 'low', when: [is('brands', 'yes')],
    finding: { en: 'Your name, brand or logo is an asset you can own as a trade mark.', zh: '您的名称、品牌或标志是可以作为商标拥有的资产。' },
    action: { en: 'Add your brand to the IP register so its renewal is never missed.', zh: '将品牌录入知识产权台账，以免错过续展期限。' },
    links: [register('CN:trademark')] },
  { id: 'brand-unregistered', family: 'brands', kind: 'risk', priority: 'high', when: [oneOf('brandRegistered', 'no', 'unsure')],
    finding: { en: 'Your brand is not registered in China: whoever files it first owns it.', zh: '您的品牌尚未在中国注册：在中国，谁先申请谁拥有。' },
    action: { en: 'File a Chinese trade mark application for your brand now.', zh: '立即为您的品牌提交中国商标注册申请。' },
    links: [library('trademark', 'protect'), course('protect'), register('CN:trademark'), expert('trademarks')] },
  { id: 'brand-not-searched', family: 'brands', kind: 'risk', priority: 'medium', when: [oneOf('brandSearched', 'no', 'unsure')],
    finding: { en: 'Your brand may clash with a mark someone registered earlier.', zh: '您的品牌可能与他人在先注册的商标冲突。' },
    action: { en: 'Search the trade mark register before you invest more in the brand.', zh: '在品牌上进一步投入前，先查询商标注册信息。' },
    links: [library('trademark', 'use'), expert('trademarks')] },
  { id: 'brand-abroad', family: 'brands', kind: 'risk', priority: 'high', when: [oneOf('exports', 'yes', 'planning'), oneOf('brandAbroad', 'no', 'unsure')],
    finding: { en: 'Your brand is not protected in the markets you sell to.', zh: '您的品牌在销售市场未受保护。' },
    action: { en: 'Register the brand abroad (Madrid system or an EU trade mark) before you export.', zh: '出口前在境外注册品牌（马德里体系或欧盟商标）。' },
    links: [library('trademark', 'protect'), register('EU:trademark'), expert('export')] },
  // Designs
  { id: 'design-asset', family: 'designs', kind: 'asset', priority: 'low', when: [is('designs', 'yes')],
    finding: { en: 'The look of your products is an asset you can protect as a design.', zh: '产品外观是可以作为外观设计保护的资产。' },
    action: { en: 'List your designs in the IP register with their dates.', zh: '将外观设计及其日期录入知识产权台账。' },
    links: [register('CN:design')] },
  { id: 'design-unregistered', family: 'designs', kind: 'risk', priority: 'medium', when: [oneOf('designRegistered', 'no', 'unsure')],
    finding: { en: 'Your product designs are not registered and can be copied freely.', zh: '您的产品外观未申请保护，他人可以随意仿制。' },
    action: { en: 'File design patents for the products that sell best.', zh: '为畅销产品申请外观设计专利。' },
    links: [library('design', 'protect'), course('protect'), register('CN:design'), expert('designs')] },
  { id: 'design-shown', family: 'designs', kind: 'risk', priority: 'high', when: [is('designShown', 'yes'), isNot('designRegistered', 'yes')],
    finding: { en: 'Showing a design before filing can cost you the right to protect it.', zh: '在申请前展示设计可能使其丧失获得保护的机会。' },
    action: { en: 'File before the next trade fair or catalogue, and ask an expert about designs already shown.', zh: '在下一次展会或产品目录发布前提交申请，并就已展示的设计咨询专家。' },
    links: [library('design', 'protect'), expert('designs')] },
  // Inventions
  { id: 'invention-asset', family: 'inventions', kind: 'asset', priority: 'low', when: [is('inventions', 'yes')],
    finding: { en: 'Your technical improvements may be patentable inventions or utility models.', zh: '您的技术改进可能可以申请发明专利或实用新型专利。' },
    action: { en: 'Keep dated records of each development.', zh: '为每项研发保留带日期的记录。' },
    links: [library('patent', 'manage')] },
  { id: 'invention-unfiled', family: 'inventions', kind: 'risk', priority: 'high', when: [oneOf('inventionFiled', 'no', 'unsure')],
    finding: { en: 'Your inventions are not filed: a competitor may patent them first.', zh: '您的发明尚未申请专利：竞争对手可能抢先申请。' },
    action: { en: 'Decide with an expert which inventions to file as patents or utility models.', zh: '与专家一起确定哪些发明应申请发明专利或实用新型。' },
    links: [library('patent', 'protect'), course('protect'), register('CN:invention'), expert('patents')] },
  { id: 'invention-disclosed', family: 'inventions', kind: 'risk', priority: 'high', when: [is('inventionDisclosed', 'yes')],
    finding: { en: 'An invention shown before filing may no longer be new.', zh: '在申请前公开的发明可能已丧失新颖性。' },
    action: { en: 'Stop further disclosure and ask an expert whether a filing is still possible.', zh: '停止进一步公开，并咨询专家是否仍可申请。' },
    links: [library('patent', 'protect'), expert('patents')] },
  { id: 'invention-staff', family: 'inventions', kind: 'risk', priority: 'medium', when: [oneOf('inventionStaff', 'no', 'unsure')],
    finding: { en: 'Ownership of employees’ inventions is not settled in writing.', zh: '员工职务发明的归属没有书面约定。' },
    action: { en: 'Add invention and reward clauses to employment contracts.', zh: '在劳动合同中加入职务发明及奖酬条款。' },
    links: [library('patent', 'manage'), expert('patents')] },
  // Trade secrets
  { id: 'secret-asset', family: 'secrets', kind: 'asset', priority: 'low', when: [is('knowhow', 'yes')],
    finding: { en: 'Your know-how is a trade secret as long as you keep it secret.', zh: '只要保密，您的技术诀窍就是商业秘密。' },
    action: { en: 'Record your trade secrets in the IP register.', zh: '将商业秘密录入知识产权台账。' },
    links: [register('CN:trade-secret')] },
  { id: 'secret-no-nda', family: 'secrets', kind: 'risk', priority: 'high', when: [oneOf('secretNda', 'no', 'unsure')],
    finding: { en: 'Without confidentiality agreements your know-how is hard to defend.', zh: '没有保密协议，您的技术诀窍难以维权。' },
    action: { en: 'Have staff and partners sign confidentiality agreements.', zh: '与员工和合作方签署保密协议。' },
    links: [library('trade_secret', 'protect'), course('protect'), expert('trade_secrets')] },
  { id: 'secret-access', family: 'secrets', kind: 'risk', priority: 'medium', when: [oneOf('secretAccess', 'no', 'unsure')],
    finding: { en: 'Too many people can reach your know-how.', zh: '能接触技术诀窍的人过多。' },
    action: { en: 'Limit access to those who need it, and keep a record of who has it.', zh: '仅允许需要的人接触，并记录接触人员。' },
    links: [library('trade_secret', 'manage')] },
  { id: 'secret-list', family: 'secrets', kind: 'risk', priority: 'low', when: [oneOf('secretList', 'no', 'unsure')],
    finding: { en: 'Nobody has written down what is secret.', zh: '没有书面记录哪些信息属于商业秘密。' },
    action: { en: 'Keep a short list of your trade secrets and review it yearly.', zh: '编制商业秘密清单并每年复核。' },
    links: [library('trade_secret', 'manage')] },
  // Copyright and software
  { id: 'software-asset', family: 'copyright', kind: 'asset', priority: 'low', when: [is('software', 'yes')],
    finding: { en: 'Your software and content are protected by copyright from creation.', zh: '您的软件和内容自创作完成起受著作权保护。' },
    action: { en: 'Keep the source and drafts with their dates.', zh: '保留源代码和草稿及其日期。' },
    links: [library('copyright', 'manage')] },
  { id: 'software-unregistered', family: 'copyright', kind: 'risk', priority: 'low', when: [oneOf('softwareRegistered', 'no', 'unsure')],
    finding: { en: 'Without registration it is harder to prove your software is yours.', zh: '未登记的软件较难证明权属。' },
    action: { en: 'Register your main software with the copyright protection centre.', zh: '向版权保护中心登记主要软件的著作权。' },
    links: [library('software', 'protect'), register('CN:software')] },
  { id: 'software-contractors', family: 'copyright', kind: 'risk', priority: 'high', when: [oneOf('softwareContractors', 'no', 'unsure')],
    finding: { en: 'Work made by outside developers or designers may belong to them.', zh: '外部开发者或设计者创作的成果可能归其所有。' },
    action: { en: 'Sign assignment clauses with every outside developer or designer.', zh: '与每位外部开发者或设计者签订权利转让条款。' },
    links: [library('copyright', 'use'), expert('copyright')] },
  { id: 'software-open-source', family: 'copyright', kind: 'risk', priority: 'medium', when: [oneOf('softwareOpenSource', 'no', 'unsure')],
    finding: { en: 'Unchecked open-source licences can oblige you to publish your code.', zh: '未核查的开源许可证可能要求您公开代码。' },
    action: { en: 'List the open-source components you use and check their licences.', zh: '列出所用开源组件并核查其许可证。' },
    links: [library('software', 'use'), expert('copyright')] },
  // Export and foreign markets
  { id: 'export-rights', family: 'export', kind: 'risk', priority: 'high', when: [oneOf('exportRights', 'no', 'unsure')],
    finding: { en: 'IP rights are territorial: your Chinese rights do not protect you abroad.', zh: '知识产权具有地域性：中国的权利在境外不受保护。' },
    action: { en: 'File in your export markets, within the priority periods where they still run.', zh: '在出口市场提出申请，尽量在优先权期限内提交。' },
    links: [library(undefined, 'protect'), course('protect'), expert('export')] },
  { id: 'export-customs', family: 'export', kind: 'risk', priority: 'medium', when: [oneOf('exportCustoms', 'no', 'unsure')],
    finding: { en: 'Customs cannot stop counterfeits of rights they do not know.', zh: '海关无法扣留未备案权利的侵权货物。' },
    action: { en: 'Record your rights with customs in China and in your main markets.', zh: '在中国海关和主要市场的海关备案您的权利。' },
    links: [library(undefined, 'enforce'), expert('enforcement')] },
  { id: 'export-checked', family: 'export', kind: 'risk', priority: 'medium', when: [oneOf('exportChecked', 'no', 'unsure')],
    finding: { en: 'Your products may infringe rights in your export markets.', zh: '您的产品可能侵犯出口市场的他人权利。' },
    action: { en: 'Have a freedom-to-operate check made for your main market.', zh: '针对主要市场进行自由实施（FTO）调查。' },
    links: [library('patent', 'use'), expert('export')] },
  // Partners, licensing and finance
  { id: 'partner-unwritten', family: 'partners', kind: 'risk', priority: 'high', when: [oneOf('partnerWritten', 'no', 'unsure')],
    finding: { en: 'Without written IP clauses a partner may keep or use your IP.', zh: '没有书面知识产权条款，合作方可能占有或使用您的知识产权。' },
    action: { en: 'Put agreements with manufacturers and distributors in writing, with IP clauses.', zh: '与代工厂和经销商签订含知识产权条款的书面协议。' },
    links: [library(undefined, 'use'), course('use'), expert('licensing')] },
  { id: 'partner-licence', family: 'partners', kind: 'asset', priority: 'medium', when: [is('partnerLicence', 'yes')],
    finding: { en: 'Your licences are assets and obligations to keep track of.', zh: '许可合同既是资产也是需要跟踪的义务。' },
    action: { en: 'Record licence contracts with the office and note their terms.', zh: '向主管部门备案许可合同并记录其期限。' },
    links: [library(undefined, 'valorise'), expert('licensing')] },
  { id: 'partner-finance', family: 'partners', kind: 'asset', priority: 'low', when: [is('partnerFinance', 'yes')],
    finding: { en: 'Your IP can help you raise finance.', zh: '您的知识产权可以帮助融资。' },
    action: { en: 'Learn how IP pledges and valuation work before you approach a bank.', zh: '在联系银行前了解知识产权质押和评估。' },
    links: [library(undefined, 'valorise'), course('valorise')] },
  // Enforcement and risk
  { id: 'enforce-watch', family: 'enforcement', kind: 'risk', priority: 'medium', when: [oneOf('enforceWatch', 'no', 'unsure')],
    finding: { en: 'Copies go unnoticed when nobody watches the market.', zh: '没有人监测市场，仿冒品就不会被发现。' },
    action: { en: 'Watch online shops and trade fairs, and use the platforms’ complaint procedures.', zh: '监测网店和展会，并使用平台的投诉程序。' },
    links: [library(undefined, 'enforce'), course('enforce')] },
  { id: 'enforce-evidence', family: 'enforcement', kind: 'risk', priority: 'high', when: [oneOf('enforceEvidence', 'no', 'unsure')],
    finding: { en: 'Without dated evidence a dispute is hard to win.', zh: '没有带日期的证据，纠纷难以胜诉。' },
    action: { en: 'Keep dated evidence (notarised purchases, screenshots, drafts).', zh: '保留带日期的证据（公证购买、截图、草稿）。' },
    links: [library(undefined, 'enforce'), expert('enforcement')] },
  { id: 'enforce-ongoing', family: 'enforcement', kind: 'risk', priority: 'high', when: [is('enforceOngoing', 'yes')],
    finding: { en: 'A dispute is going on.', zh: '目前有纠纷正在进行。' },
    action: { en: 'Ask an expert now: deadlines in a dispute are short.', zh: '立即咨询专家：纠纷中的期限很短。' },
    links: [expert('enforcement')] },
  // For every business
  { id: 'general-session', family: 'general', kind: 'risk', priority: 'low', when: [oneOf('size', 'micro', 'small', 'medium')],
    finding: { en: 'IP management is new to many small businesses.', zh: '知识产权管理对许多小企业来说还很陌生。' },
    action: { en: 'Attend a local IP briefing near you.', zh: '参加您附近的知识产权宣讲会。' },
    links: [session, course('manage')] },
];
