// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';

export { registerDocumentsApi } from './api.js';
export { documentsHandlers, startExport } from './bulk.js';
export { issueCertificate } from './issue.js';
export { certificateRegistrantSection } from './registrant-section.js';
export { registerDocumentsPages } from './routes.js';
