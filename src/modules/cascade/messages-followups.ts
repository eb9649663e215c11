import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** What the follow-up surveys say: the e-mails, the survey and opt-out pages, the results. */
export const followUpMessages = defineMessages(
  {
    'cascade.followup.mail.subject': '{months} months after “{title}”: did you use what you learned?',
    'cascade.followup.mail.reminderSubject':
      'Reminder: {months} months after “{title}”, two minutes of your time',
    'cascade.followup.mail.intro':
      'It is {months} months since you took part in “{title}” ({dates}). We would like to know whether it has been of use to you.',
    'cascade.followup.mail.reminderIntro':
      'Two weeks ago we asked how you have used what you learned at “{title}” ({dates}), {months} months on. We have not had your answer yet: it takes two minutes.',
    'cascade.followup.mail.questions':
      'Have you registered a trade mark, filed a patent, started an IP register, asked the helpdesk or changed a contract? No account is needed.',
    'cascade.followup.mail.action': 'Answer here (your own link, please do not forward it):',
    'cascade.followup.mail.optOut': 'If you would rather not receive these follow-up surveys any more:',
    'cascade.followup.invalid':
      'This follow-up link is not valid. Please use the link in the e-mail you received, in full.',
    'cascade.followup.title': 'Follow-up survey',
    'cascade.followup.lead':
      '{months} months after “{title}” ({dates}): did you use what you learned? Your answers help us improve the training.',
    'cascade.followup.uses': 'What have you done since the training? Tick all that apply.',
    'cascade.followup.use.trademark': 'Registered a trade mark',
    'cascade.followup.use.patent': 'Filed a patent application',
    'cascade.followup.use.register': 'Started an IP register (a list of our IP rights and their deadlines)',
    'cascade.followup.use.helpdesk': 'Asked an IP helpdesk for advice',
    'cascade.followup.use.contract': 'Changed a contract (IP clauses, confidentiality, licences)',
    'cascade.followup.outcome': 'What came of it?',
    'cascade.followup.outcomeHint':
      'A few words: what you did, what changed for your organisation. Optional.',
    'cascade.followup.numbers': 'If you know them (optional)',
    'cascade.followup.trademarks': 'Trade mark applications filed since the training',
    'cascade.followup.patents': 'Patent applications filed since the training',
    'cascade.followup.submit': 'Send my answers',
    'cascade.followup.thanks': 'Thank you: your answers have been recorded.',
    'cascade.followup.already': 'You have already answered this survey. Thank you.',
    'cascade.followup.optOutLink': 'Stop these follow-up surveys',
    'cascade.followup.optOut.title': 'Stop follow-up surveys',
    'cascade.followup.optOut.lead':
      'We will send no more follow-up surveys to this e-mail address, for this or any other training.',
    'cascade.followup.optOut.confirm': 'Stop follow-up surveys',
    'cascade.followup.optOut.done': 'Done: we will send no more follow-up surveys to this address.',
    'cascade.followup.results.title': 'Follow-up results',
    'cascade.followup.results.lead':
      'What participants of trainings and local sessions report three and six months later.',
    'cascade.followup.results.programme': 'Programme',
    'cascade.followup.results.city': 'City',
    'cascade.followup.results.all': 'All',
    'cascade.followup.results.show': 'Show',
    'cascade.followup.results.event': 'Training or session',
    'cascade.followup.results.wave': 'Months after',
    'cascade.followup.results.sent': 'Sent',
    'cascade.followup.results.answered': 'Answered',
    'cascade.followup.results.rate': 'Response rate',
    'cascade.followup.results.optedOut': 'Opted out',
    'cascade.followup.results.anyUse': 'Used what they learned',
    'cascade.followup.results.total': 'All shown',
    'cascade.followup.results.none': 'No follow-up survey has been sent for this selection yet.',
    'cascade.followup.results.answers': 'Answers for this session',
    'cascade.followup.results.noAnswers': 'Nobody has answered yet.',
    'cascade.followup.results.numbers': 'Trade marks: {trademarks} · patents: {patents}',
    'cascade.followup.results.details': 'Answers',
  },
  {
    'cascade.followup.mail.subject': '“{title}”结束{months}个月回访：所学内容用上了吗？',
    'cascade.followup.mail.reminderSubject': '提醒：“{title}”{months}个月回访，只需两分钟',
    'cascade.followup.mail.intro':
      '您参加“{title}”（{dates}）已有{months}个月。我们想了解培训内容对您是否有帮助。',
    'cascade.followup.mail.reminderIntro':
      '两周前，我们请您谈谈“{title}”（{dates}）结束{months}个月后所学内容的运用情况，尚未收到您的回复。填写只需两分钟。',
    'cascade.followup.mail.questions':
      '您是否注册了商标、申请了专利、建立了知识产权台账、咨询了服务平台或修改了合同？无需注册账号。',
    'cascade.followup.mail.action': '请点击以下链接填写（专属链接，请勿转发）：',
    'cascade.followup.mail.optOut': '如您不希望再收到回访问卷，请点击：',
    'cascade.followup.invalid': '此回访链接无效。请完整使用您收到的邮件中的链接。',
    'cascade.followup.title': '培训回访问卷',
    'cascade.followup.lead':
      '“{title}”（{dates}）结束{months}个月后：所学内容用上了吗？您的回答将帮助我们改进培训。',
    'cascade.followup.uses': '培训之后，您做了哪些事？可多选。',
    'cascade.followup.use.trademark': '注册了商标',
    'cascade.followup.use.patent': '提交了专利申请',
    'cascade.followup.use.register': '建立了知识产权台账（本单位的知识产权及其期限清单）',
    'cascade.followup.use.helpdesk': '向知识产权服务平台咨询',
    'cascade.followup.use.contract': '修改了合同（知识产权条款、保密、许可）',
    'cascade.followup.outcome': '取得了什么成果？',
    'cascade.followup.outcomeHint': '简单写几句：做了什么，给单位带来了哪些变化。选填。',
    'cascade.followup.numbers': '如了解，请填写（选填）',
    'cascade.followup.trademarks': '培训以来提交的商标申请数',
    'cascade.followup.patents': '培训以来提交的专利申请数',
    'cascade.followup.submit': '提交回答',
    'cascade.followup.thanks': '谢谢！您的回答已记录。',
    'cascade.followup.already': '您已填写过此问卷，谢谢。',
    'cascade.followup.optOutLink': '不再接收回访问卷',
    'cascade.followup.optOut.title': '退订回访问卷',
    'cascade.followup.optOut.lead': '我们将不再向此邮箱发送任何培训的回访问卷。',
    'cascade.followup.optOut.confirm': '确认退订',
    'cascade.followup.optOut.done': '已退订：我们不会再向此邮箱发送回访问卷。',
    'cascade.followup.results.title': '回访结果',
    'cascade.followup.results.lead': '培训及基层宣讲的参加者在三个月和六个月后反馈的运用情况。',
    'cascade.followup.results.programme': '项目',
    'cascade.followup.results.city': '城市',
    'cascade.followup.results.all': '全部',
    'cascade.followup.results.show': '显示',
    'cascade.followup.results.event': '培训或宣讲',
    'cascade.followup.results.wave': '回访时间（月）',
    'cascade.followup.results.sent': '已发送',
    'cascade.followup.results.answered': '已回复',
    'cascade.followup.results.rate': '回复率',
    'cascade.followup.results.optedOut': '已退订',
    'cascade.followup.results.anyUse': '已运用所学',
    'cascade.followup.results.total': '合计',
    'cascade.followup.results.none': '所选范围内尚未发送回访问卷。',
    'cascade.followup.results.answers': '本场宣讲的回答',
    'cascade.followup.results.noAnswers': '尚无人回复。',
    'cascade.followup.results.numbers': '商标：{trademarks} · 专利：{patents}',
    'cascade.followup.results.details': '回答',
  },
);

type FollowUpMessagesKeys = KeysOf<typeof followUpMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends FollowUpMessagesKeys {}
}
