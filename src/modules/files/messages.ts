import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

export const filesMessages = defineMessages(
  {
    'files.problem.empty': 'The file is empty.',
    'files.problem.too_large': 'The file is larger than {max}.',
    'files.problem.type': 'This kind of file cannot be uploaded here. Accepted: {allowed}.',
    'files.problem.broken': 'The file is damaged or incomplete and cannot be read.',
    'files.problem.bomb': 'The file expands to an unreasonable size and was refused.',
    'files.problem.missing': 'Choose a file to upload.',
  },
  {
    'files.problem.empty': '文件为空。',
    'files.problem.too_large': '文件超过 {max}。',
    'files.problem.type': '此处不能上传这种类型的文件。可接受：{allowed}。',
    'files.problem.broken': '文件已损坏或不完整，无法读取。',
    'files.problem.bomb': '文件解压后大小异常，已拒绝。',
    'files.problem.missing': '请选择要上传的文件。',
  },
);

type FilesMessagesKeys = KeysOf<typeof filesMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends FilesMessagesKeys {}
}
