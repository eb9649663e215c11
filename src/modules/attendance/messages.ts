import { defineMessages } from '../../web/i18n/define.js';

/** What check-in and attendance say. */
export const attendanceMessages = defineMessages(
  {
    'attendance.error.notConfirmed': 'Only a confirmed registration can be checked in.',
    'attendance.error.notAnEventDay': '{day} is not a day of this event.',
  },
  {
    'attendance.error.notConfirmed': '只有已确认的报名才能签到。',
    'attendance.error.notAnEventDay': '{day} 不是本活动的日期。',
  },
);
