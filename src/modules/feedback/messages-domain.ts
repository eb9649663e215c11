import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** What the feedback rules and e-mails say: refusals, field errors, invitations. */
export const feedbackDomainMessages = defineMessages(
  {
    'feedback.state.unavailable': 'This is not open to you.',
    'feedback.state.notInvited':
      'This is not open to you: the pre-test is for confirmed registrants, the post-test and the survey for those who attended.',
    'feedback.state.notYet': 'This is not open yet.',
    'feedback.state.closed': 'This has closed.',
    'feedback.state.done': 'You have already answered this.',
    'feedback.state.open': 'This is open.',
    'feedback.error.alreadyDone': 'This was already submitted. Each part can be answered once.',
    'feedback.error.unknownQuestion': 'This is not one of the questions.',
    'feedback.error.oneAnswer': 'Choose only one answer.',
    'feedback.error.rate': 'Choose a rating from 1 to 5.',
    'feedback.error.commentLong': 'Write at most 4,000 characters.',
    'feedback.error.tooLong': 'This text is too long.',
    'feedback.error.tooManyQuestions': 'A test or survey has at most 50 questions.',
    'feedback.error.tooManyOptions': 'A question has at most 8 choices.',
    'feedback.error.twoOptions': 'Give at least two choices.',
    'feedback.error.oneCorrect':
      'Mark exactly one choice as correct (or make it a multiple-choice question).',
    'feedback.error.someCorrect': 'Mark at least one choice as correct.',
    'feedback.error.staleQuestion':
      'This question has changed or been removed since the page was loaded. Reload the page and try again.',
    'feedback.error.testLocked':
      'People have taken the test: questions cannot be added or removed, and the correct answers cannot change.',
    'feedback.error.surveyLocked':
      'People have answered these survey questions: they cannot be removed or changed in kind.',
    'feedback.error.noQuestions': 'Add at least one question before publishing.',
    'feedback.error.testPublishedEmpty':
      'The test is published, so it must keep at least one question. Unpublish it first to remove them all.',
    'feedback.error.surveyPublishedEmpty':
      'The survey is published, so it must keep at least one question. Unpublish it first to remove them all.',
    'feedback.error.passPercent': 'Enter a whole number from 0 to 100.',
    'feedback.error.preAfterPost': 'The pre-test must close before the post-test opens.',
    'feedback.error.closesBeforeOpens': 'The post-test and survey must close after they open.',
    'feedback.error.dateTime': 'Enter a date and time, or leave it empty.',
    'feedback.mail.pre.subject': 'Before the training: a short knowledge test – {title}',
    'feedback.mail.pre.intro':
      'Before the training begins, please take a short knowledge test ({count} questions). It is not an examination: it shows the trainers where to put the weight and, with the test after the event, what the training achieved.',
    'feedback.mail.pre.action': 'Take the pre-test (open until {closes}):',
    'feedback.mail.event': 'Event:',
    'feedback.mail.dates': 'Dates:',
    'feedback.mail.scoresSeen': 'Your scores are seen by the organisers with your name.',
    'feedback.mail.after.subject': 'After the training: your post-test and feedback – {title}',
    'feedback.mail.after.intro': 'Thank you for taking part in {title}. Two short things remain:',
    'feedback.mail.after.test':
      'the post-test: the same questions as before the training; afterwards you see both your scores and the correct answers;',
    'feedback.mail.after.survey':
      'a feedback survey: anonymous, shown to the organisers only in totals, your comments without your name.',
    'feedback.mail.after.action': 'Your page (open until {closes}):',
    'feedback.mail.ownLink': 'This link is yours alone: please do not forward it.',
  },
  {
    'feedback.state.unavailable': '此项不向您开放。',
    'feedback.state.notInvited':
      '此项不向您开放：前测面向报名已确认的人员，后测和反馈问卷面向出席活动的人员。',
    'feedback.state.notYet': '此项尚未开放。',
    'feedback.state.closed': '此项已关闭。',
    'feedback.state.done': '您已完成此项。',
    'feedback.state.open': '此项开放中。',
    'feedback.error.alreadyDone': '已提交过。每一部分只能提交一次。',
    'feedback.error.unknownQuestion': '这不是本次的题目。',
    'feedback.error.oneAnswer': '请只选择一个答案。',
    'feedback.error.rate': '请选择 1 至 5 分。',
    'feedback.error.commentLong': '最多填写 4000 字。',
    'feedback.error.tooLong': '文字过长。',
    'feedback.error.tooManyQuestions': '测验或问卷最多 50 道题。',
    'feedback.error.tooManyOptions': '每道题最多 8 个选项。',
    'feedback.error.twoOptions': '请至少提供两个选项。',
    'feedback.error.oneCorrect': '请只标出一个正确选项（或改为多选题）。',
    'feedback.error.someCorrect': '请至少标出一个正确选项。',
    'feedback.error.staleQuestion': '页面打开后此题已被修改或删除。请刷新页面后重试。',
    'feedback.error.testLocked': '已有人参加测验：不能增删题目，也不能更改正确答案。',
    'feedback.error.surveyLocked': '这些问卷题目已有人作答：不能删除或更改题型。',
    'feedback.error.noQuestions': '发布前请至少添加一道题。',
    'feedback.error.testPublishedEmpty': '测验已发布，至少须保留一道题。如需删除全部题目，请先取消发布。',
    'feedback.error.surveyPublishedEmpty': '问卷已发布，至少须保留一道题。如需删除全部题目，请先取消发布。',
    'feedback.error.passPercent': '请输入 0 至 100 之间的整数。',
    'feedback.error.preAfterPost': '前测必须在后测开放之前关闭。',
    'feedback.error.closesBeforeOpens': '后测和问卷的关闭时间必须晚于开放时间。',
    'feedback.error.dateTime': '请输入日期和时间，或留空。',
    'feedback.mail.pre.subject': '培训前测：请完成一份简短的知识测验——{title}',
    'feedback.mail.pre.intro':
      '培训开始前，请完成一份简短的知识测验（共 {count} 道题）。这不是考试：它帮助讲师确定讲授重点，并与培训后的测验一起说明培训的成效。',
    'feedback.mail.pre.action': '参加前测（开放至 {closes}）：',
    'feedback.mail.event': '活动：',
    'feedback.mail.dates': '日期：',
    'feedback.mail.scoresSeen': '组织方可看到您的姓名和成绩。',
    'feedback.mail.after.subject': '培训后测与反馈问卷——{title}',
    'feedback.mail.after.intro': '感谢您参加{title}。还有两件简短的事：',
    'feedback.mail.after.test': '后测：与培训前相同的题目，提交后您将看到前后两次的成绩和正确答案；',
    'feedback.mail.after.survey': '反馈问卷：匿名填写，组织方只能看到汇总结果，意见不显示姓名。',
    'feedback.mail.after.action': '您的专属页面（开放至 {closes}）：',
    'feedback.mail.ownLink': '此链接仅供您本人使用，请勿转发。',
  },
);

type FeedbackDomainMessagesKeys = KeysOf<typeof feedbackDomainMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends FeedbackDomainMessagesKeys {}
}
