import type { KeysOf } from '../../web/i18n/define.js';
import { defineAuditFieldLabels } from '../audit/index.js';

/** Labels for the question bank's and quizzes' columns, as the audit log shows them. */
const FIELDS = {
  attemptLimit: ['Attempts allowed', '允许答题次数'],
  category: ['Category', '类别'],
  defaultMark: ['Mark', '分值'],
  draws: ['Questions drawn per tag', '按标签抽题'],
  dueAt: ['Due at', '截止时间'],
  feedback: ['Feedback', '反馈'],
  fraction: ['Share of the mark', '得分比例'],
  generalFeedback: ['General feedback', '总体反馈'],
  idNumber: ['ID number', '编号'],
  mark: ['Mark', '得分'],
  match: ['Matching answer', '对应答案'],
  number: ['Attempt number', '答题次序'],
  passMark: ['Pass mark (%)', '及格分数线（%）'],
  passed: ['Passed', '已通过'],
  questionIds: ['Fixed questions', '固定试题'],
  quizId: ['Quiz', '测验'],
  response: ['Response', '作答'],
  shuffle: ['Shuffle options', '打乱选项'],
  startedAt: ['Started at', '开始时间'],
  tag: ['Tag', '标签'],
  tags: ['Tags', '标签'],
  timeLimitMinutes: ['Time limit (minutes)', '限时（分钟）'],
  tolerance: ['Tolerance', '允许误差'],
  format: ['Format', '格式'],
  created: ['Added', '新增'],
  updated: ['Updated', '更新'],
  skipped: ['Left out', '未导入'],
} as const;

export const quizAuditMessages = defineAuditFieldLabels(FIELDS);

type Keys = KeysOf<typeof quizAuditMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
