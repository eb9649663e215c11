import jsQR from 'jsqr';

/** The fallback QR decoder, in its own bundle: loaded only where the browser has no BarcodeDetector. */
export function decode(data: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
