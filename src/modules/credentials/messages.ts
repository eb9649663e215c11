import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** What the credentials' pages and the verification answers say. */
export const credentialsMessages = defineMessages(
  {
    'credentials.title': 'Verifiable credential',
    'credentials.lead':
      'An Open Badges 3.0 credential (W3C Verifiable Credential 2.0), signed by the platform. Anyone can check it here, or with any verifier, from the file.',
    'credentials.verified': 'This credential is genuine and in force.',
    'credentials.notVerified': 'This credential does not verify.',
    'credentials.issuer': 'Issued by',
    'credentials.subject': 'Awarded to',
    'credentials.achievement': 'Achievement',
    'credentials.issued': 'Issued',
    'credentials.status': 'Status',
    'credentials.status.valid': 'In force',
    'credentials.status.revoked': 'Revoked on {date}',
    'credentials.source': 'Assessed by',
    'credentials.source.lead':
      'The trainer who ran the session holds this credential of their own, which is checked the same way:',
    'credentials.download': 'Download the credential (.json)',
    'credentials.json': 'The credential as JSON-LD',
    'credentials.link': 'Verifiable credential (Open Badges 3.0)',
    'credentials.kind.attendance': 'Attendance',
    'credentials.kind.trainer': 'Trainer certification',
    'credentials.kind.course': 'Course completion',
    'credentials.problem.malformed': 'This is not a verifiable credential this platform can read.',
    'credentials.problem.unknown_issuer': 'It was not signed with a key this platform publishes as its own.',
    'credentials.problem.signature':
      'The signature does not match the content: it was changed after it was signed, or signed with another key.',
    'credentials.problem.not_yet_valid': 'It is not valid yet (its start date is in the future).',
    'credentials.problem.expired': 'It has expired.',
    'credentials.problem.revoked': 'It has been revoked by the issuer.',
    'credentials.problem.status_unavailable': 'Its revocation status could not be checked.',
    'credentials.check.title': 'Check a credential',
    'credentials.check.lead':
      'Choose a credential file downloaded from this platform, or paste its text, to check that it is genuine, unchanged and still in force. Nothing you send is kept.',
    'credentials.check.file': 'Credential file (.json)',
    'credentials.check.paste': 'Or paste the credential',
    'credentials.check.submit': 'Check',
    'credentials.check.result': 'Result',
    'credentials.check.link': 'Check a credential file',
    'credentials.check.page': 'Its page on this platform, with its download',
    'credentials.check.empty': 'Choose a credential file or paste a credential.',
    'credentials.check.notJson': 'This is not a credential file: it is not JSON.',
    'credentials.check.tooLarge': 'This is too large to be a credential (at most 64 KB).',
  },
  {
    'credentials.title': '可验证凭证',
    'credentials.lead':
      '由本平台签发的开放徽章 3.0 凭证（W3C 可验证凭证 2.0）。任何人都可以在此页面或使用任何验证工具根据文件进行核验。',
    'credentials.verified': '该凭证真实有效。',
    'credentials.notVerified': '该凭证未通过验证。',
    'credentials.issuer': '签发方',
    'credentials.subject': '授予',
    'credentials.achievement': '成就',
    'credentials.issued': '签发日期',
    'credentials.status': '状态',
    'credentials.status.valid': '有效',
    'credentials.status.revoked': '已于 {date} 撤销',
    'credentials.source': '评定人',
    'credentials.source.lead': '主讲该场次的培训师本人持有以下凭证，可用同样方式核验：',
    'credentials.download': '下载凭证（.json）',
    'credentials.json': '凭证的 JSON-LD',
    'credentials.link': '可验证凭证（开放徽章 3.0）',
    'credentials.kind.attendance': '出席',
    'credentials.kind.trainer': '培训师认证',
    'credentials.kind.course': '课程结业',
    'credentials.problem.malformed': '这不是本平台可以读取的可验证凭证。',
    'credentials.problem.unknown_issuer': '该凭证不是用本平台公布的密钥签名的。',
    'credentials.problem.signature': '签名与内容不符：内容在签名后被改动，或由其他密钥签名。',
    'credentials.problem.not_yet_valid': '该凭证尚未生效（生效日期在将来）。',
    'credentials.problem.expired': '该凭证已过期。',
    'credentials.problem.revoked': '该凭证已被签发方撤销。',
    'credentials.problem.status_unavailable': '无法核实该凭证的撤销状态。',
    'credentials.check.title': '核验凭证',
    'credentials.check.lead':
      '选择从本平台下载的凭证文件，或粘贴其内容，核验它是否真实、未被改动且仍然有效。您提交的内容不会被保存。',
    'credentials.check.file': '凭证文件（.json）',
    'credentials.check.paste': '或粘贴凭证内容',
    'credentials.check.submit': '核验',
    'credentials.check.result': '核验结果',
    'credentials.check.link': '核验凭证文件',
    'credentials.check.page': '该凭证在本平台的页面（可下载）',
    'credentials.check.empty': '请选择凭证文件或粘贴凭证内容。',
    'credentials.check.notJson': '这不是凭证文件：内容不是 JSON 格式。',
    'credentials.check.tooLarge': '内容过大，不可能是凭证（最多 64 KB）。',
  },
);

type CredentialsMessagesKeys = KeysOf<typeof credentialsMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends CredentialsMessagesKeys {}
}
