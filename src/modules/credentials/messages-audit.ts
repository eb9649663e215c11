import type { KeysOf } from '../../web/i18n/define.js';
import { defineAuditFieldLabels } from '../audit/index.js';

/** Labels for the credentials' columns, as the audit log shows them. */
const FIELDS = {
  achievement: ['Achievement', '成就'],
  document: ['Credential document', '凭证文件'],
  keyId: ['Signing key', '签名密钥'],
  length: ['Length', '长度'],
  publicKeyMultibase: ['Public key', '公钥'],
  purpose: ['Status purpose', '状态用途'],
  ref: ['Issued for', '签发依据'],
  sealedSecretKey: ['Secret key (sealed)', '私钥（已加密）'],
  sourceId: ['Source credential', '来源凭证'],
  statusIndex: ['Position in the status list', '状态列表中的位置'],
  statusListId: ['Status list', '状态列表'],
  subjectName: ['Holder', '持有人'],
} as const;

export const credentialsAuditMessages = defineAuditFieldLabels(FIELDS);

type Keys = KeysOf<typeof credentialsAuditMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
