import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** The audit log's names for the cascade's records, actions and fields, in both languages. */
export const auditCascadeMessages = defineMessages(
  {
    'audit.entity.local_session': 'local session',
    'audit.action.claim_headcount': 'set the claimed headcount of',
    'audit.action.verify': 'verified',
    'audit.action.query': 'queried',
    'audit.action.reject': 'rejected',
    'audit.action.answer': 'answered the question about',
    'audit.action.allow_certify': 'let certify trainers:',
    'audit.action.stop_certify': 'stopped certifying trainers:',
  },
  {
    'audit.entity.local_session': '地方宣讲',
    'audit.action.claim_headcount': '设置申报人数',
    'audit.action.verify': '核实',
    'audit.action.query': '质询',
    'audit.action.reject': '不予认可',
    'audit.action.answer': '答复质询',
    'audit.action.allow_certify': '允许认证讲师',
    'audit.action.stop_certify': '停止认证讲师',
  },
);

type AuditCascadeMessagesKeys = KeysOf<typeof auditCascadeMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends AuditCascadeMessagesKeys {}
}
