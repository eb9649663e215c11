import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** What an editor is asked when new dates would leave agenda sessions outside the event, and how an event page names a headcount shared with other events. */
export const eventsAgendaMessages = defineMessages(
  {
    'events.error.agendaOutside':
      'The new dates leave {count} agenda session(s) outside the event. Choose what happens to them, then save again.',
    'events.agendaOutside.legend': 'Agenda sessions outside the new dates',
    'events.agendaOutside.shift': 'Move the agenda with the event',
    'events.agendaOutside.shiftHint':
      'Every session moves by as many days as the start moved. A session that still falls outside (a shorter event) keeps its day and is marked for you to move.',
    'events.agendaOutside.keep': 'Keep the sessions on their days',
    'events.agendaOutside.keepHint':
      'They stay on the event page and in the agenda, with their materials, marked as outside the event’s dates until you move them.',
    'events.agendaOutside.told':
      'Everyone registered (confirmed or waiting) is e-mailed the new dates, with their calendar entry updated.',
    'events.headcount.shared': '(reported for {count} events together)',
  },
  {
    'events.error.agendaOutside': '新的日期使 {count} 项日程落在活动日期之外。请选择如何处理，然后再次保存。',
    'events.agendaOutside.legend': '新日期之外的日程',
    'events.agendaOutside.shift': '日程随活动一起调整',
    'events.agendaOutside.shiftHint':
      '每项日程按开始日期变动的天数平移。平移后仍在日期之外的日程（活动缩短时）保留原日期，并加以标注，由您调整。',
    'events.agendaOutside.keep': '保留日程原日期',
    'events.agendaOutside.keepHint':
      '这些日程及其资料仍显示在活动页面和日程中，并标注为不在活动日期内，直至您调整。',
    'events.agendaOutside.told': '所有报名者（已确认及候补）将收到新日期的电子邮件通知，其日历条目随之更新。',
    'events.headcount.shared': '（{count} 场活动合计上报）',
  },
);

type EventsAgendaMessagesKeys = KeysOf<typeof eventsAgendaMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends EventsAgendaMessagesKeys {}
}
