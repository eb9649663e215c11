// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';

export { registerDocumentsApi } from './api.js';
export { documentsHandlers, startExport } from './bulk.js';
export { verificationUrl } from './codes.js';
export { type CompletionCertificateInput, completionCertificatePdf } from './completion-pdf.js';
export { CERTIFICATE_ISSUED, CERTIFICATE_REVOKED, issueCertificate } from './issue.js';
export { certificateRegistrantSection } from './registrant-section.js';
export { type CredentialLinks, registerDocumentsPages } from './routes.js';
export type { CertificateSnapshot } from './schema.js';
export { certificateById } from './verify.js';
