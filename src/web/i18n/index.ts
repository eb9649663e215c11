import type { Lang } from '../../lib/bilingual.js';
import { accountsMessages } from '../../modules/accounts/messages.js';
import { attendanceMessages } from '../../modules/attendance/messages.js';
import { auditMessages } from '../../modules/audit/messages.js';
import { directoryMessages } from '../../modules/directory/messages.js';
import { documentsMessages } from '../../modules/documents/messages.js';
import { eventsMessages } from '../../modules/events/messages.js';
import { feedbackMessages } from '../../modules/feedback/messages.js';
import { feedbackDomainMessages } from '../../modules/feedback/messages-domain.js';
import { feedbackManageMessages } from '../../modules/feedback/messages-manage.js';
import { filesMessages } from '../../modules/files/messages.js';
import { homeMessages } from '../../modules/home/messages.js';
import { ipMessages } from '../../modules/ip-register/messages.js';
import { ipFieldMessages } from '../../modules/ip-register/messages-fields.js';
import { ipToolMessages } from '../../modules/ip-register/messages-tools.js';
import { libraryMessages } from '../../modules/library/messages.js';
import { libraryEditMessages } from '../../modules/library/messages-edit.js';
import { mailMessages } from '../../modules/mail/messages.js';
import { newsMessages } from '../../modules/news/messages.js';
import { registrationMessages } from '../../modules/registration/messages.js';
import { registrationContentMessages } from '../../modules/registration/messages-content.js';
import { registrationDomainMessages } from '../../modules/registration/messages-domain.js';
import { registrationManageMessages } from '../../modules/registration/messages-manage.js';
import { reportsMessages } from '../../modules/reports/messages.js';
import { reportsImportMessages } from '../../modules/reports/messages-import.js';
import { commonMessages } from './common.js';

const catalogues = [
  commonMessages,
  accountsMessages,
  attendanceMessages,
  auditMessages,
  directoryMessages,
  documentsMessages,
  eventsMessages,
  feedbackMessages,
  feedbackDomainMessages,
  feedbackManageMessages,
  filesMessages,
  homeMessages,
  libraryMessages,
  libraryEditMessages,
  ipMessages,
  ipFieldMessages,
  ipToolMessages,
  mailMessages,
  newsMessages,
  registrationDomainMessages,
  registrationMessages,
  registrationManageMessages,
  registrationContentMessages,
  reportsMessages,
  reportsImportMessages,
] as const;

type Merge<T extends readonly { en: Record<string, string> }[]> = T extends readonly [
  infer H extends { en: Record<string, string> },
  ...infer R extends readonly { en: Record<string, string> }[],
]
  ? H['en'] & Merge<R>
  : unknown;

export type Messages = Merge<typeof catalogues>;
export type MessageKey = keyof Messages & string;
export type Params = Record<string, string | number>;
export type Translator = (key: MessageKey, params?: Params) => string;

const merged: Record<Lang, Record<string, string>> = { en: {}, zh: {} };
for (const c of catalogues) {
  Object.assign(merged.en, c.en);
  Object.assign(merged.zh, c.zh);
}

export function hasMessage(key: string): key is MessageKey {
  return key in merged.en;
}

export function translator(lang: Lang): Translator {
  const table = merged[lang];
  return (key, params) => {
    const s = table[key] ?? merged.en[key] ?? key;
    return params ? s.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : s;
  };
}
