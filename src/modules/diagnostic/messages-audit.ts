import type { KeysOf } from '../../web/i18n/define.js';
import { defineAuditFieldLabels } from '../audit/index.js';

/** Labels for the diagnostic's columns, as the audit log shows them. */
const FIELDS = {
  conditions: ['Conditions', '条件'],
  enabled: ['Applies', '生效'],
  family: ['Family of rules', '规则类别'],
  finding: ['Finding', '发现'],
  findings: ['Findings', '发现'],
  links: ['Links', '链接'],
} as const;

export const diagnosticAuditMessages = defineAuditFieldLabels(FIELDS);

type Keys = KeysOf<typeof diagnosticAuditMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
