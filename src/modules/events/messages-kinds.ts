import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** How the calendar and an event's page tell a programme's training from a trainer's local session. */
export const eventsKindMessages = defineMessages(
  {
    'events.filter.kind': 'Kind of event',
    'events.kind.training': 'Training',
    'events.kind.local': 'Local session',
  },
  {
    'events.filter.kind': '活动类型',
    'events.kind.training': '培训',
    'events.kind.local': '地方宣讲',
  },
);

type EventsKindMessagesKeys = KeysOf<typeof eventsKindMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends EventsKindMessagesKeys {}
}
