import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** What the registration rules and e-mails say: errors, refusals and every notice. */
export const registrationDomainMessages = defineMessages(
  {
    'registration.error.textLength': 'This text is too long.',
    'registration.eventCancelled.reason': 'The organisers have cancelled the event.',
    'registration.error.rateLimited':
      'Too many registrations have come from your network in the last hour. Please try again later.',
    'registration.error.duplicate': 'This e-mail address is already registered for this event.',
    'registration.error.afterDeadline':
      'The cancellation deadline has passed. Please contact the organisers if you cannot come.',
    'registration.error.alreadyCancelled': 'This registration has already been cancelled.',
    'registration.error.declined': 'This registration was declined.',
    'registration.error.notPending': 'This registration is not waiting for approval.',
    'registration.error.notWaitlisted': 'This registration is not on the waiting list.',
    'registration.error.quotaFull':
      'This organisation already has all the seats its quota allows. Raise the quota first.',
    'registration.error.reasonRequired': 'Give a reason: it is kept in the audit log.',
    'registration.error.idempotencyMismatch':
      'This Idempotency-Key was already used for a registration of another e-mail address.',
    'registration.answer.tooLong': 'This answer is too long.',
    'registration.closed.cancelled': 'This event has been cancelled: it takes no registrations.',
    'registration.closed.closed': 'This event does not take registrations.',
    'registration.closed.notPublished': 'This event is not open for registration.',
    'registration.closed.notYet': 'Registration for this event has not opened yet.',
    'registration.closed.over': 'Registration for this event has closed.',
    'registration.closed.invitationOnly':
      'Registration for this event is by invitation only. Use the link in your invitation e-mail.',
    'registration.invitation.invalid': 'This invitation link is not valid, or has been withdrawn.',
    'registration.invitation.otherEmail':
      'This invitation is for another e-mail address. Only the address it was sent to can use it.',
    'registration.invite.error.revoked': 'This invitation has been withdrawn.',
    'registration.invite.error.tooMany': 'At most 2,000 invitations can be sent at once.',
    'registration.settings.error.capacity':
      'Enter a whole number of seats between 0 and 100,000, or leave it empty for no limit.',
    'registration.settings.error.quota':
      'Enter a whole number of at least 1, or leave it empty for no quota.',
    'registration.settings.error.closesBeforeOpens': 'Registration must close after it opens.',
    'registration.settings.error.capacityBelowSeats':
      'More people than this already have a seat. The capacity cannot be lower than the seats given.',
    'registration.settings.error.quotaBelowSeats':
      'An organisation already has more seats than this. The quota cannot be lower than the seats given.',
    'registration.agenda.error.day': 'Choose one of the days of the event.',
    'registration.agenda.error.time': 'Enter a time as HH:MM, like 09:30.',
    'registration.agenda.error.endBeforeStart': 'The end must come after the start.',
    'registration.agenda.error.tooMany': 'An event can have at most 200 agenda items.',
    'registration.agenda.error.tooManyMaterials': 'A session can have at most 20 materials.',
    'registration.question.error.twoOptions': 'Give at least two options, one per line.',
    'registration.question.error.tooManyOptions': 'Give at most 50 options.',
    'registration.question.error.emptyOption': 'Every option needs a text.',
    'registration.question.error.sameOption': 'Two options are the same.',
    'registration.question.error.tooMany': 'A registration form can have at most 50 questions.',
    'registration.question.error.condition': 'Choose a question that comes before this one.',
    'registration.question.error.valueWithoutQuestion': 'Choose the question this answer belongs to.',
    'registration.question.error.dependentBefore':
      'A question asked only after this one would come before it. Keep this one earlier.',
    'registration.question.error.kindAnswered': 'People have answered this question: its kind cannot change.',
    'registration.question.error.answered':
      'People have answered this question, so it cannot be deleted. Mark it as no longer asked instead.',
    'registration.question.error.hasDependents':
      'Another question is asked only after this one. Change that one first.',
    'registration.mail.event': 'Event: {value}',
    'registration.mail.dates': 'Dates: {value}',
    'registration.mail.place': 'Place: {value}',
    'registration.mail.reason': 'Reason: {value}',
    'registration.mail.yourPage': 'Your registration (status, waiting list, answers):',
    'registration.mail.cancelHow':
      'If you cannot come, please cancel so that someone else can have your seat:',
    'registration.mail.cancelUntil': 'You can cancel until {deadline} (China time).',
    'registration.mail.cancelUntilStart': 'You can cancel until the event begins.',
    'registration.mail.verify.subject': 'Please confirm your registration: {title}',
    'registration.mail.verify.intro':
      'Thank you for registering for {title}. Please confirm your e-mail address to complete it.',
    'registration.mail.verify.action': 'Confirm your registration here:',
    'registration.mail.verify.ignore':
      'If you did not register, ignore this e-mail: nothing happens without the confirmation.',
    'registration.mail.received.subject': 'Registration received: {title}',
    'registration.mail.received.intro':
      'We have received your registration for {title}. The organisers approve each registration; we will write to you when they have decided.',
    'registration.mail.confirmed.subject': 'Registration confirmed: {title}',
    'registration.mail.confirmed.intro':
      'Your place at {title} is confirmed. The calendar entry is attached.',
    'registration.mail.waitlisted.subject': 'Waiting list: {title}',
    'registration.mail.waitlisted.intro':
      'All seats at {title} are taken, so you are on the waiting list, in place {position}. When a seat frees, the first in line gets it automatically and is told at once.',
    'registration.mail.promoted.subject': 'A seat is yours: {title}',
    'registration.mail.promoted.intro':
      'A seat has become free at {title} and it is now yours: your place is confirmed.',
    'registration.mail.approved.subject': 'Registration approved: {title}',
    'registration.mail.approved.intro':
      'The organisers have approved your registration for {title}: your place is confirmed.',
    'registration.mail.approvedWaitlisted.subject': 'Registration approved, on the waiting list: {title}',
    'registration.mail.approvedWaitlisted.intro':
      'The organisers have approved your registration for {title}. All seats are taken, so you are on the waiting list, in place {position}.',
    'registration.mail.declined.subject': 'Registration not accepted: {title}',
    'registration.mail.declined.intro':
      'We are sorry: the organisers could not accept your registration for {title}.',
    'registration.mail.cancelled.subject': 'Registration cancelled: {title}',
    'registration.mail.cancelled.intro': 'Your registration for {title} is cancelled.',
    'registration.mail.reminder.subject': 'Reminder: {title} begins soon',
    'registration.mail.reminder.intro':
      'This is a reminder that {title} begins in the next two days. We look forward to seeing you.',
    'registration.mail.invitation.subject': 'Invitation: {title}',
    'registration.mail.invitation.intro': 'You have been nominated to attend {title}.',
    'registration.mail.invitation.action':
      'Register with this personal link. It works only for {email}, the address this invitation was sent to:',
  },
  {
    'registration.error.textLength': '文字过长。',
    'registration.eventCancelled.reason': '主办方已取消本次活动。',
    'registration.error.rateLimited': '过去一小时内来自您所在网络的报名过多，请稍后再试。',
    'registration.error.duplicate': '此电子邮件地址已报名参加本次活动。',
    'registration.error.afterDeadline': '取消报名的截止时间已过。如无法参加，请联系主办方。',
    'registration.error.alreadyCancelled': '此报名已取消。',
    'registration.error.declined': '此报名未获通过。',
    'registration.error.notPending': '此报名不在待审核状态。',
    'registration.error.notWaitlisted': '此报名不在候补名单中。',
    'registration.error.quotaFull': '该单位的名额已用完。请先提高名额上限。',
    'registration.error.reasonRequired': '请填写理由：理由将记入审计日志。',
    'registration.error.idempotencyMismatch': '此 Idempotency-Key 已用于另一电子邮件地址的报名。',
    'registration.answer.tooLong': '回答过长。',
    'registration.closed.cancelled': '本次活动已取消，不再接受报名。',
    'registration.closed.closed': '本次活动不接受报名。',
    'registration.closed.notPublished': '本次活动尚未开放报名。',
    'registration.closed.notYet': '本次活动的报名尚未开始。',
    'registration.closed.over': '本次活动的报名已截止。',
    'registration.closed.invitationOnly': '本次活动仅限受邀人员报名。请使用邀请邮件中的链接。',
    'registration.invitation.invalid': '此邀请链接无效或已被撤回。',
    'registration.invitation.otherEmail': '此邀请属于另一个电子邮件地址，只有收到邀请的地址才能使用。',
    'registration.invite.error.revoked': '此邀请已撤回。',
    'registration.invite.error.tooMany': '一次最多发送 2,000 份邀请。',
    'registration.settings.error.capacity': '请输入 0 至 100,000 之间的整数座位数；不限名额请留空。',
    'registration.settings.error.quota': '请输入不小于 1 的整数；不设单位名额请留空。',
    'registration.settings.error.closesBeforeOpens': '报名截止时间必须晚于开始时间。',
    'registration.settings.error.capacityBelowSeats': '已确认的人数超过此数。名额不能低于已分配的座位数。',
    'registration.settings.error.quotaBelowSeats':
      '已有单位的座位数超过此数。单位名额不能低于已分配的座位数。',
    'registration.agenda.error.day': '请选择活动期间的某一天。',
    'registration.agenda.error.time': '请按 时:分 格式输入时间，例如 09:30。',
    'registration.agenda.error.endBeforeStart': '结束时间必须晚于开始时间。',
    'registration.agenda.error.tooMany': '一次活动最多可有 200 个日程项。',
    'registration.agenda.error.tooManyMaterials': '每个日程项最多可有 20 份资料。',
    'registration.question.error.twoOptions': '请至少提供两个选项，每行一个。',
    'registration.question.error.tooManyOptions': '最多 50 个选项。',
    'registration.question.error.emptyOption': '每个选项都需要文字。',
    'registration.question.error.sameOption': '有两个选项相同。',
    'registration.question.error.tooMany': '报名表最多可有 50 个问题。',
    'registration.question.error.condition': '请选择排在此问题之前的问题。',
    'registration.question.error.valueWithoutQuestion': '请选择此答案所属的问题。',
    'registration.question.error.dependentBefore': '有一个依赖此问题的问题会排到它前面。请保持此问题靠前。',
    'registration.question.error.kindAnswered': '已有人回答此问题，不能更改问题类型。',
    'registration.question.error.answered': '已有人回答此问题，因此不能删除。请改为标记“不再询问”。',
    'registration.question.error.hasDependents': '另有一个问题依赖于此问题。请先修改那个问题。',
    'registration.mail.event': '活动：{value}',
    'registration.mail.dates': '日期：{value}',
    'registration.mail.place': '地点：{value}',
    'registration.mail.reason': '理由：{value}',
    'registration.mail.yourPage': '您的报名（状态、候补位置、回答）：',
    'registration.mail.cancelHow': '如无法参加，请取消报名，以便他人使用您的座位：',
    'registration.mail.cancelUntil': '取消截止时间：{deadline}（北京时间）。',
    'registration.mail.cancelUntilStart': '活动开始前均可取消。',
    'registration.mail.verify.subject': '请确认您的报名：{title}',
    'registration.mail.verify.intro': '感谢您报名参加{title}。请确认您的电子邮件地址以完成报名。',
    'registration.mail.verify.action': '请点击此处确认报名：',
    'registration.mail.verify.ignore': '如果您没有报名，请忽略此邮件：未经确认不会有任何操作。',
    'registration.mail.received.subject': '已收到报名：{title}',
    'registration.mail.received.intro':
      '我们已收到您参加{title}的报名。主办方将逐一审核，审核后我们会通知您。',
    'registration.mail.confirmed.subject': '报名成功：{title}',
    'registration.mail.confirmed.intro': '您参加{title}的席位已确认。日历条目见附件。',
    'registration.mail.waitlisted.subject': '候补名单：{title}',
    'registration.mail.waitlisted.intro':
      '{title}的座位已满，您已进入候补名单，排在第 {position} 位。有座位空出时，排在最前的人将自动获得并立即收到通知。',
    'registration.mail.promoted.subject': '您已获得座位：{title}',
    'registration.mail.promoted.intro': '{title}有座位空出，现已分配给您：您的席位已确认。',
    'registration.mail.approved.subject': '报名已通过审核：{title}',
    'registration.mail.approved.intro': '主办方已批准您参加{title}的报名：您的席位已确认。',
    'registration.mail.approvedWaitlisted.subject': '报名已通过审核，进入候补名单：{title}',
    'registration.mail.approvedWaitlisted.intro':
      '主办方已批准您参加{title}的报名。座位已满，您已进入候补名单，排在第 {position} 位。',
    'registration.mail.declined.subject': '报名未获通过：{title}',
    'registration.mail.declined.intro': '很抱歉，主办方未能接受您参加{title}的报名。',
    'registration.mail.cancelled.subject': '报名已取消：{title}',
    'registration.mail.cancelled.intro': '您参加{title}的报名已取消。',
    'registration.mail.reminder.subject': '提醒：{title}即将开始',
    'registration.mail.reminder.intro': '提醒您：{title}将在两天内开始。期待您的光临。',
    'registration.mail.invitation.subject': '邀请函：{title}',
    'registration.mail.invitation.intro': '您已被提名参加{title}。',
    'registration.mail.invitation.action': '请使用此专属链接报名。该链接仅适用于收到此邀请的地址 {email}：',
  },
);

type RegistrationDomainMessagesKeys = KeysOf<typeof registrationDomainMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends RegistrationDomainMessagesKeys {}
}
