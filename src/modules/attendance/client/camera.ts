/** Reads QR codes from the camera: the browser's BarcodeDetector where it has one, else jsQR loaded on demand. */

type Detect = () => Promise<string | null>;

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorCtor {
  new (opts: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function detector(video: HTMLVideoElement): Promise<Detect> {
  const BD = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
  if (BD && (await BD.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) {
    const d = new BD({ formats: ['qr_code'] });
    return async () => (await d.detect(video))[0]?.rawValue ?? null;
  }
  // A variable, so the bundler leaves the decoder in its own file, fetched only on this path.
  const url = '/static/checkin-decoder.js';
  const { decode } = (await import(url)) as {
    decode: (d: Uint8ClampedArray, w: number, h: number) => string | null;
  };
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  return async () => {
    const w = video.videoWidth;
    const h = video.videoHeight;
    if (!w || !h) return null;
    canvas.width = w;
    canvas.height = h;
    ctx.drawImage(video, 0, 0, w, h);
    return decode(ctx.getImageData(0, 0, w, h).data, w, h);
  };
}

/** Starts the camera and calls `onCode` for each code seen (the same code at most every 3 s). */
export async function startScanning(video: HTMLVideoElement, onCode: (code: string) => void) {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'environment' },
    audio: false,
  });
  video.srcObject = stream;
  video.hidden = false;
  await video.play();
  const detect = await detector(video);
  let running = true;
  let last = '';
  let lastAt = 0;
  const tick = async () => {
    if (!running) return;
    try {
      const code = await detect();
      if (code && (code !== last || Date.now() - lastAt > 3000)) {
        last = code;
        lastAt = Date.now();
        onCode(code);
      }
    } catch {
      // A frame the detector could not read: try the next one.
    }
    setTimeout(tick, 200);
  };
  void tick();
  return () => {
    running = false;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
    video.hidden = true;
  };
}
