import { defineMessages } from '../../web/i18n/define.js';

export const eventsMessages = defineMessages({}, {});
