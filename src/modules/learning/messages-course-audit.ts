import type { KeysOf } from '../../web/i18n/define.js';
import { defineAuditFieldLabels } from '../audit/index.js';

/** Labels for the fields of a course's saved state, as the audit log and the version comparison show them. */
const FIELDS = {
  enrolmentKey: ['Enrolment key', '选课密钥'],
  fileIds: ['Attachments', '附件'],
  hasKey: ['Enrolment key set', '已设选课密钥'],
  libraryItemIds: ['Library items', '资料库条目'],
  lessons: ['Lessons', '课时'],
  modules: ['Modules', '单元'],
} as const;

export const courseAuditMessages = defineAuditFieldLabels(FIELDS);

type Keys = KeysOf<typeof courseAuditMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
