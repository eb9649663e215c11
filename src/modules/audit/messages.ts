import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

export const auditMessages = defineMessages(
  {
    'audit.title': 'Audit log',
    'audit.lead': 'Every change made by administrators, managers and coordinators, newest first.',
    'audit.entity': 'Kind of record',
    'audit.actor': 'Changed by (e-mail)',
    'audit.from': 'From',
    'audit.to': 'To',
    'audit.system': 'System',
    'audit.reason': 'Reason: {reason}',
    'audit.changes': 'Changed fields',
    'audit.field': 'Field',
    'audit.before': 'Before',
    'audit.after': 'After',
    'audit.onlyOne': 'Showing the changes to record {id} only.',
    'audit.action.create': 'created',
    'audit.action.update': 'changed',
    'audit.action.delete': 'deleted',
    'audit.action.import': 'imported',
    'audit.action.invite': 'invited',
    'audit.action.revoke': 'revoked',
    'audit.action.password_reset': 'reset the password of',
    'audit.action.password_change': 'changed the password of',
  },
  {
    'audit.title': '操作日志',
    'audit.lead': '系统管理员、项目经理和协调员所做的全部修改，按时间由近及远排列。',
    'audit.entity': '记录类型',
    'audit.actor': '操作人（电子邮箱）',
    'audit.from': '起始日期',
    'audit.to': '截止日期',
    'audit.system': '系统',
    'audit.reason': '原因：{reason}',
    'audit.changes': '修改的字段',
    'audit.field': '字段',
    'audit.before': '修改前',
    'audit.after': '修改后',
    'audit.onlyOne': '仅显示记录 {id} 的修改。',
    'audit.action.create': '创建',
    'audit.action.update': '修改',
    'audit.action.delete': '删除',
    'audit.action.import': '导入',
    'audit.action.invite': '邀请',
    'audit.action.revoke': '撤销',
    'audit.action.password_reset': '重置密码',
    'audit.action.password_change': '修改密码',
  },
);

type AuditMessagesKeys = KeysOf<typeof auditMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends AuditMessagesKeys {}
}
