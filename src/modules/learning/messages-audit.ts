import type { KeysOf } from '../../web/i18n/define.js';
import { defineAuditFieldLabels } from '../audit/index.js';

/** Labels for the courses' and learners' columns, as the audit log shows them (the bank's and quizzes' are in messages-quiz-audit.ts). */
const FIELDS = {
  certificateCode: ['Certificate verification code', '证书验证码'],
  completedAt: ['Completed at', '完成时间'],
  courseId: ['Course', '课程'],
  enrolment: ['Who may enrol', '报名方式'],
  enrolmentEventId: ['Enrolment for the registrants of', '限以下活动报名者选课'],
  enrolmentId: ['Enrolment', '选课记录'],
  enrolmentKeyHash: ['Enrolment key (hashed)', '选课密钥（散列）'],
  estimatedMinutes: ['Estimated time (minutes)', '预计用时（分钟）'],
  lastLessonId: ['Last lesson opened', '最近学习的课时'],
  lessonId: ['Lesson', '课时'],
  moduleId: ['Course module', '课程单元'],
  objectId: ['Object', '对象'],
  requireAllLessons: ['Every lesson must be viewed', '须学完全部课时'],
  requireEventId: ['Attendance required at', '须出席的活动'],
  requireQuizzes: ['Required quizzes must be passed', '须通过必考测验'],
  statement: ['Statement', '学习记录语句'],
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
