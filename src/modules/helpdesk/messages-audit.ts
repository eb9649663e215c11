import type { KeysOf } from '../../web/i18n/define.js';
import { defineAuditFieldLabels } from '../audit/index.js';

/** Labels for the helpdesk's columns, as the audit log shows them. */
const FIELDS = {
  actorName: ['Changed by', '操作人'],
  assignedTo: ['Assigned to', '分派给'],
  authorId: ['Author', '作者'],
  authorName: ['Author’s name', '作者姓名'],
  city: ['City', '城市'],
  dueBy: ['Answer due by', '答复期限'],
  enquiryId: ['Enquiry', '咨询'],
  firstAnsweredAt: ['First answered', '首次答复时间'],
  fromStatus: ['Status before', '原状态'],
  ipRight: ['IP right', '知识产权类型'],
  overdueMailedAt: ['Overdue reminder sent', '逾期提醒发送时间'],
  question: ['Question', '问题'],
  ratingComment: ['Rating comment', '评价意见'],
  receivedAt: ['Received', '收到时间'],
  sourceRef: ['Came from (record)', '来源记录'],
  toStatus: ['Status after', '新状态'],
  libraryItem: ['Library item', '资料库条目'],
  topics: ['Topics', '主题'],
  provinces: ['Provinces', '省份'],
} as const;

export const helpdeskAuditMessages = defineAuditFieldLabels(FIELDS);

type Keys = KeysOf<typeof helpdeskAuditMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
