import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** Courses linked to training events: their organisers' page, and the pre-course as registrants see it. */
export const eventCoursesMessages = defineMessages(
  {
    'learning.eventCourses.title': 'Online courses of this event',
    'learning.eventCourses.lead':
      'A pre-course is shown to registrants before the training. A knowledge-test course, once completed, counts as the passed knowledge test for trainer certification.',
    'learning.eventCourses.none': 'No course is linked to this event.',
    'learning.eventCourses.add': 'Link a course',
    'learning.eventCourses.course': 'Course',
    'learning.eventCourses.role': 'Role',
    'learning.eventCourses.role.pre': 'Pre-course',
    'learning.eventCourses.role.test': 'Knowledge test',
    'learning.eventCourses.save': 'Link the course',
    'learning.eventCourses.saved': 'The course is linked to the event.',
    'learning.eventCourses.removed': 'The course is no longer linked to the event.',
    'learning.eventCourses.unlink': 'Not linked (remove the link)',
    'learning.eventCourses.completedCount': '{n} of {total} registrants completed it.',
    'learning.eventCourses.who': 'Registrants and their status',
    'learning.eventCourses.csv': 'Download as CSV',
    'learning.eventCourses.name': 'Name',
    'learning.eventCourses.email': 'E-mail',
    'learning.eventCourses.status': 'Status',
    'learning.eventCourses.completedOn': 'Completed on {date}',
    'learning.eventCourses.inProgress': 'Enrolled, not completed',
    'learning.eventCourses.notStarted': 'Not enrolled',
    'learning.eventCourses.manage': 'Online courses',
    'learning.eventCourses.preTitle': 'Online pre-course',
    'learning.eventCourses.preLead': 'Complete the online pre-course before the training.',
    'learning.eventCourses.error.course': 'Choose a published course.',
    'learning.eventCourses.error.role': 'Choose a role: pre-course or knowledge test.',
  },
  {
    'learning.eventCourses.title': '本活动的在线课程',
    'learning.eventCourses.lead':
      '预习课程会在培训前展示给报名者。知识测试课程一经完成，即视为通过培训师认证所需的知识测试。',
    'learning.eventCourses.none': '本活动尚未关联课程。',
    'learning.eventCourses.add': '关联课程',
    'learning.eventCourses.course': '课程',
    'learning.eventCourses.role': '用途',
    'learning.eventCourses.role.pre': '预习课程',
    'learning.eventCourses.role.test': '知识测试',
    'learning.eventCourses.save': '关联此课程',
    'learning.eventCourses.saved': '课程已关联到本活动。',
    'learning.eventCourses.removed': '课程已不再关联本活动。',
    'learning.eventCourses.unlink': '不关联（取消关联）',
    'learning.eventCourses.completedCount': '{total} 名报名者中有 {n} 名已完成。',
    'learning.eventCourses.who': '报名者及其学习状态',
    'learning.eventCourses.csv': '下载 CSV',
    'learning.eventCourses.name': '姓名',
    'learning.eventCourses.email': '电子邮箱',
    'learning.eventCourses.status': '状态',
    'learning.eventCourses.completedOn': '已于 {date} 完成',
    'learning.eventCourses.inProgress': '已选课，未完成',
    'learning.eventCourses.notStarted': '未选课',
    'learning.eventCourses.manage': '在线课程',
    'learning.eventCourses.preTitle': '在线预习课程',
    'learning.eventCourses.preLead': '请在培训前完成在线预习课程。',
    'learning.eventCourses.error.course': '请选择一门已发布的课程。',
    'learning.eventCourses.error.role': '请选择用途：预习课程或知识测试。',
  },
);

type Keys = KeysOf<typeof eventCoursesMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
