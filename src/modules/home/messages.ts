import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

export const homeMessages = defineMessages(
  {
    'home.title': 'IP training and information for officials and SMEs',
    'home.lead':
      'Training events for local officials, the briefings they carry on to small and medium-sized enterprises, and the manuals and tools that help SMEs use, valorise and protect intellectual property at home and abroad.',
    'home.cta.events': 'See the training calendar',
    'home.cta.news': 'Read the news',
    'home.modules.title': 'What the platform offers',
    'module.library.title': 'Library',
    'module.library.text':
      'Manuals, guides, case studies, laws and a bilingual glossary, searchable in Chinese and English.',
    'module.toolkit.title': 'SME toolkit',
    'module.toolkit.text':
      'An IP self-diagnostic that tells you what to protect first, and a register of your IP rights that works out every renewal and fee deadline, with reminders and a calendar feed.',
    'module.helpdesk.title': 'Ask an IP expert',
    'module.helpdesk.text':
      'The enquiry helpdesk: SMEs send a question on their IP and get a first answer from an expert within three working days, in English or Chinese.',
    'module.reports.title': 'Reports',
    'module.reports.text':
      'Who took part and whom the cascade reached: participation by event, city, province, year and type of organisation, trainers and their local sessions, follow-ups and the funder’s log-frame, with named, verified and claimed figures kept apart.',
  },
  {
    'home.title': '面向地方官员和中小企业的知识产权培训与信息服务',
    'home.lead':
      '为地方主管部门官员举办培训活动，由他们继续向中小企业开展宣讲；并提供手册和工具，帮助中小企业在国内外依法运用、实现价值并保护知识产权。',
    'home.cta.events': '查看培训日程',
    'home.cta.news': '阅读新闻',
    'home.modules.title': '平台服务',
    'module.library.title': '资料库',
    'module.library.text': '手册、指南、案例、法律法规和双语术语表，支持中英文检索。',
    'module.toolkit.title': '中小企业工具',
    'module.toolkit.text':
      '知识产权自我诊断告诉您应优先保护什么；登记企业的知识产权，自动计算续展和缴费期限，并提供提醒和日历订阅。',
    'module.helpdesk.title': '知识产权专家咨询',
    'module.helpdesk.text':
      '咨询台：中小企业就知识产权问题提问，专家在三个工作日内以中文或英文给予首次答复。',
    'module.reports.title': '报告',
    'module.reports.text':
      '参训情况与培训层级覆盖面：按活动、城市、省份、年份和单位类型统计的参与情况，培训师及其本地宣讲、回访结果和资助方逻辑框架，记名、已核实与申报人数分开列出。',
  },
);

type HomeMessagesKeys = KeysOf<typeof homeMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends HomeMessagesKeys {}
}
