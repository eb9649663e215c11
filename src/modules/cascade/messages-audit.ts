import type { KeysOf } from '../../web/i18n/define.js';
import { defineAuditFieldLabels } from '../audit/index.js';

/** Labels for the cascade's columns and audit fields, as the audit log shows them. */
const FIELDS = {
  answeredAt: ['Answered at', '回复时间'],
  answers: ['Answers', '答复'],
  attendancePercent: ['Attendance needed (% of days)', '所需出勤（天数百分比）'],
  attendeeId: ['Attendee', '参加者'],
  baseline: ['Baseline', '基线值'],
  byUserId: ['By', '操作人'],
  certifies: ['Certifies trainers', '可认证培训师'],
  claimedHeadcount: ['Claimed headcount', '申报人数'],
  claimedNote: ['Note on the claimed headcount', '申报人数说明'],
  consentAt: ['Consent given at', '同意时间'],
  isSme: ['SME', '中小企业'],
  level: ['Tier', '层级'],
  months: ['Months after', '间隔月数'],
  note: ['Note', '备注'],
  optedOutAt: ['Opted out at', '退订时间'],
  organisation: ['Organisation', '单位'],
  organisationCode: ['Unified social credit code', '统一社会信用代码'],
  orgKey: ['Organisation key', '单位识别码'],
  parentEventId: ['Cascaded from', '上级活动'],
  personKey: ['Person key', '人员识别码'],
  plannedSize: ['Planned size', '计划人数'],
  remindedAt: ['Reminded at', '提醒时间'],
  sessionPlan: ['Session plan', '授课计划'],
  signInKey: ['Sign-in code', '签到码'],
  sourceEventId: ['Certified at', '认证来源活动'],
  step: ['Step', '步骤'],
  target: ['Target', '目标值'],
  trainerId: ['Trainer', '培训师'],
  uploadedBy: ['Uploaded by', '上传人'],
  verification: ['Verification', '核实状态'],
} as const;

export const cascadeAuditMessages = defineAuditFieldLabels(FIELDS);

type Keys = KeysOf<typeof cascadeAuditMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
