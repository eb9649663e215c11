import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

export const filesMessages = defineMessages(
  {
    'files.problem.empty': 'The file is empty.',
    'files.problem.too_large': 'The file is larger than {max}.',
    'files.problem.type': 'This kind of file cannot be uploaded here. Accepted: {allowed}.',
    'files.problem.broken': 'The file is damaged or incomplete and cannot be read.',
    'files.problem.bomb': 'The file expands to an unreasonable size and was refused.',
    'files.problem.missing': 'Choose a file to upload.',
    'files.problem.active':
      'This PDF contains active content (scripts, actions that start programs, embedded files, rich media or XFA forms) and is not accepted. Save it again as a plain PDF, for example with “Print to PDF”, and upload that.',
  },
  {
    'files.problem.empty': '文件为空。',
    'files.problem.too_large': '文件超过 {max}。',
    'files.problem.type': '此处不能上传这种类型的文件。可接受：{allowed}。',
    'files.problem.broken': '文件已损坏或不完整，无法读取。',
    'files.problem.bomb': '文件解压后大小异常，已拒绝。',
    'files.problem.missing': '请选择要上传的文件。',
    'files.problem.active':
      '此 PDF 含有活动内容（脚本、启动程序的操作、嵌入文件、富媒体或 XFA 表单），不予接受。请将其另存为普通 PDF（例如使用“打印为 PDF”）后再上传。',
  },
);

type FilesMessagesKeys = KeysOf<typeof filesMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends FilesMessagesKeys {}
}
