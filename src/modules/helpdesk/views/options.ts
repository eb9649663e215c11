import type { Lang } from '../../../lib/bilingual.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { PROVINCES } from '../../places/index.js';
import { HELPDESK_JURISDICTIONS, HELPDESK_RIGHTS, HELPDESK_TOPICS } from '../topics.js';

const opts = (t: Translator, prefix: string, values: readonly string[]) =>
  values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));

export const topicOptions = (t: Translator) => opts(t, 'helpdesk.topic', HELPDESK_TOPICS);
export const rightOptions = (t: Translator) => opts(t, 'helpdesk.right', HELPDESK_RIGHTS);
export const jurisdictionOptions = (t: Translator) =>
  opts(t, 'helpdesk.jurisdiction', HELPDESK_JURISDICTIONS);
export const langOptions = (t: Translator) => opts(t, 'helpdesk.lang', ['zh', 'en']);
export const provinceOptions = (lang: Lang) => PROVINCES.map((p) => ({ value: p.code, label: p.name[lang] }));

export const topicLabel = (t: Translator, topic: string) =>
  (HELPDESK_TOPICS as readonly string[]).includes(topic) ? t(`helpdesk.topic.${topic}` as MessageKey) : topic;
export const statusLabel = (t: Translator, status: string) => t(`helpdesk.status.${status}` as MessageKey);
