import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** What the log-frame says: its indicators and their sources, the pages, the funder's report. */
export const logframeMessages = defineMessages(
  {
    'cascade.logframe.noProgramme': 'There is no programme with this name.',
  },
  {
    'cascade.logframe.noProgramme': '没有该名称的项目。',
  },
);

type LogframeMessagesKeys = KeysOf<typeof logframeMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends LogframeMessagesKeys {}
}
