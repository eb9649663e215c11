import type { KeysOf } from '../../web/i18n/define.js';
import { defineAuditFieldLabels } from '../audit/index.js';

/** Labels for the helpdesk's columns, as the audit log shows them. */
const FIELDS = {
  assignedTo: ['Assigned to', '分派给'],
  libraryItem: ['Library item', '资料库条目'],
  topics: ['Topics', '主题'],
  provinces: ['Provinces', '省份'],
} as const;

export const helpdeskAuditMessages = defineAuditFieldLabels(FIELDS);

type Keys = KeysOf<typeof helpdeskAuditMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
