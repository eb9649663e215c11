import { defineMessages } from '../../web/i18n/define.js';

export const directoryMessages = defineMessages({}, {});
