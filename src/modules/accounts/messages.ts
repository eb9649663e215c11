import { defineMessages } from '../../web/i18n/define.js';

export const accountsMessages = defineMessages({}, {});
