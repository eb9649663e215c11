import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** What registrants are told when an event's days or place change, and how the agenda shows it. */
export const registrationChangeMessages = defineMessages(
  {
    'registration.mail.changed.subject': 'New dates or place: {title}',
    'registration.mail.changed.intro':
      'The organisers have changed the dates or the place of {title}. This is what holds now.',
    'registration.mail.changed.calendar': 'The calendar entry attached replaces the one you have.',
    'registration.mail.previousDates': 'Dates before the change: {value}',
    'registration.agenda.outsideDates': 'Outside the event’s dates',
    'registration.agenda.outsideNote':
      'These sessions are not on a day of the event: the event’s dates changed after they were planned.',
    'registration.agenda.outsideStaff':
      '{count} session(s) fall outside the event’s dates. Open each one and choose one of the event’s days.',
    'registration.agenda.outsideBadge': 'outside the event’s dates',
  },
  {
    'registration.mail.changed.subject': '活动日期或地点变更：{title}',
    'registration.mail.changed.intro': '主办方变更了{title}的日期或地点。以下为最新信息。',
    'registration.mail.changed.calendar': '随附的日历条目将替换您原有的条目。',
    'registration.mail.previousDates': '变更前日期：{value}',
    'registration.agenda.outsideDates': '不在活动日期内',
    'registration.agenda.outsideNote': '以下日程不在活动的任何一天：这些日程安排后，活动日期有所变更。',
    'registration.agenda.outsideStaff':
      '有 {count} 项日程不在活动日期内。请逐项打开，并选择活动日期中的某一天。',
    'registration.agenda.outsideBadge': '不在活动日期内',
  },
);

type RegistrationChangeMessagesKeys = KeysOf<typeof registrationChangeMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends RegistrationChangeMessagesKeys {}
}
