import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** Course completion: the certificate, its public verification page, and the audit log's words. */
export const completionMessages = defineMessages(
  {
    'learning.completion.certificate': 'Download the completion certificate (PDF)',
    'learning.completion.verifyTitle': 'Course completion certificate',
    'learning.completion.genuine': 'This completion certificate is genuine.',
    'learning.completion.notFound':
      'No completion certificate has this code. Check that the address is exactly as printed.',
    'learning.completion.name': 'Name',
    'learning.completion.course': 'Course',
    'learning.completion.date': 'Completed on',
    'learning.completion.code': 'Certificate No.',
    'learning.completion.credential': 'The same completion as a verifiable credential (Open Badges 3.0)',
    'audit.action.complete': 'completed',
    'audit.entity.enrolment': 'course enrolment',
  },
  {
    'learning.completion.certificate': '下载结业证书（PDF）',
    'learning.completion.verifyTitle': '课程结业证书',
    'learning.completion.genuine': '此结业证书真实有效。',
    'learning.completion.notFound': '没有与此编号对应的结业证书。请核对网址是否与证书上印的完全一致。',
    'learning.completion.name': '姓名',
    'learning.completion.course': '课程',
    'learning.completion.date': '完成日期',
    'learning.completion.code': '证书编号',
    'learning.completion.credential': '本次结业的可验证凭证（开放徽章 3.0）',
    'audit.action.complete': '完成',
    'audit.entity.enrolment': '选课记录',
  },
);

type Keys = KeysOf<typeof completionMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends Keys {}
}
