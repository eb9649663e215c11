import type { KeysOf } from '../../web/i18n/define.js';
import { defineAuditFieldLabels } from '../audit/index.js';

/** Labels for the learning module's columns and audit fields, as the audit log shows them. */
const FIELDS = {
  attemptLimit: ['Attempts allowed', '允许作答次数'],
  category: ['Question category', '题目类别'],
  completedAt: ['Completed at', '完成时间'],
  courseId: ['Course', '课程'],
  defaultMark: ['Marks', '分值'],
  dueAt: ['Due at', '截止时间'],
  enrolment: ['Who may enrol', '报名方式'],
  enrolmentEventId: ['Enrolment for the registrants of', '限以下活动报名者选课'],
  enrolmentId: ['Enrolment', '选课记录'],
  enrolmentKeyHash: ['Enrolment key (hashed)', '选课密钥（散列）'],
  estimatedMinutes: ['Estimated time (minutes)', '预计用时（分钟）'],
  feedback: ['Feedback', '反馈'],
  fraction: ['Share of the mark (%)', '得分比例（%）'],
  generalFeedback: ['General feedback', '总体反馈'],
  idNumber: ['ID number', '编号'],
  lastLessonId: ['Last lesson opened', '最近学习的课时'],
  lessonId: ['Lesson', '课时'],
  mark: ['Mark', '得分'],
  match: ['Matching answer', '匹配答案'],
  moduleId: ['Course module', '课程单元'],
  number: ['Attempt number', '作答序号'],
  objectId: ['Object', '对象'],
  passed: ['Passed', '是否通过'],
  passMark: ['Pass mark (%)', '及格分（%）'],
  quizId: ['Quiz', '测验'],
  requireAllLessons: ['Every lesson must be viewed', '须学完全部课时'],
  requireEventId: ['Attendance required at', '须出席的活动'],
  requireQuizzes: ['Required quizzes must be passed', '须通过必考测验'],
  response: ['Response', '作答内容'],
  shuffle: ['Shuffle the options', '打乱选项顺序'],
  startedAt: ['Started at', '开始时间'],
  statement: ['Statement', '学习记录语句'],
  tag: ['Tag', '标签'],
  tags: ['Tags', '标签'],
  timeLimitMinutes: ['Time limit (minutes)', '限时（分钟）'],
  tolerance: ['Tolerance', '允许误差'],
  tries: ['Tries', '尝试次数'],
  verb: ['Verb', '动作'],
  videoFileId: ['Video file', '视频文件'],
  videoUrl: ['Video link', '视频链接'],
  viewedAt: ['Viewed at', '浏览时间'],
} as const;

export const learningAuditMessages = defineAuditFieldLabels(FIELDS);

type Keys = KeysOf<typeof learningAuditMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
