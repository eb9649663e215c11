import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

export const mailMessages = defineMessages(
  {
    'mail.outbox.title': 'Outbox',
    'mail.outbox.leadSmtp': 'Every e-mail the platform has sent, with its delivery status.',
    'mail.outbox.leadNoSmtp':
      'No mail server is configured, so e-mails are kept here and not delivered. Set SMTP_URL to deliver them.',
    'mail.outbox.subject': 'Subject',
    'mail.outbox.to': 'To',
    'mail.outbox.status': 'Status',
    'mail.outbox.created': 'Created',
    'mail.outbox.sent': 'Sent',
    'mail.outbox.attempts': 'Delivery attempts',
    'mail.outbox.error': 'Last error',
    'mail.outbox.attachments': 'Attachments',
    'mail.outbox.body': 'Message',
    'mail.outbox.empty': 'No messages.',
    'mail.status.stored': 'Stored',
    'mail.status.queued': 'Waiting to be sent',
    'mail.status.sent': 'Sent',
    'mail.status.failed': 'Failed',
  },
  {
    'mail.outbox.title': '发件箱',
    'mail.outbox.leadSmtp': '平台已发送的全部电子邮件及其投递状态。',
    'mail.outbox.leadNoSmtp':
      '尚未配置邮件服务器，电子邮件仅保存在此处，不会投递。设置 SMTP_URL 后即可投递。',
    'mail.outbox.subject': '主题',
    'mail.outbox.to': '收件人',
    'mail.outbox.status': '状态',
    'mail.outbox.created': '创建时间',
    'mail.outbox.sent': '发送时间',
    'mail.outbox.attempts': '投递次数',
    'mail.outbox.error': '最近错误',
    'mail.outbox.attachments': '附件',
    'mail.outbox.body': '邮件内容',
    'mail.outbox.empty': '没有邮件。',
    'mail.status.stored': '已保存',
    'mail.status.queued': '等待发送',
    'mail.status.sent': '已发送',
    'mail.status.failed': '发送失败',
  },
);

type MailMessagesKeys = KeysOf<typeof mailMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends MailMessagesKeys {}
}
