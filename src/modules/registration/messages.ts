import { defineMessages } from '../../web/i18n/define.js';

/** The registration pages: forms, lists, the registrant's own page. */
export const registrationMessages = defineMessages(
  {
    'registration.title': 'Registration',
  },
  {
    'registration.title': '报名',
  },
);
