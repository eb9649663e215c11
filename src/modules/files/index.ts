// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';

export { formatBytes, kindLabel } from './labels.js';
export { refuseActiveContent } from './pdf-active.js';
export { fileResponse } from './respond.js';
export {
  checkUpload,
  deleteFile,
  FileRejected,
  readFileForDownload,
  storeFile,
  type UploadPolicy,
} from './store.js';
export { type ZipEntry, zipEntries } from './zip.js';
