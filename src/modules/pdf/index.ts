export { embedFont } from './fonts.js';
export { drawQr, qrSvgPath } from './qr.js';
