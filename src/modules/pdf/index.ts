export { embedFont, pdfLanguage } from './fonts.js';
export { drawQr, qrSvgPath } from './qr.js';
