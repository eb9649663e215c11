#!/usr/bin/env node
// Draws the check-in page's home-screen icons (a white tick on the brand blue) as PNG files, with
// no image library: the shapes are simple enough to rasterise here, 4×4 samples a pixel.
//
//   node scripts/make-checkin-icons.mjs      writes src/web/static/checkin-icon-{192,512}.png
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BRAND = [0x0b, 0x3d, 0x7a];
const WHITE = [0xff, 0xff, 0xff];
// The tick, in a 0–1 square (the same path as checkin-icon.svg), and its stroke width.
const TICK = [
  [0.27, 0.52],
  [0.43, 0.68],
  [0.74, 0.35],
];
const STROKE = 0.09;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const inTick = (x, y) =>
  Math.min(distanceToSegment(x, y, TICK[0], TICK[1]), distanceToSegment(x, y, TICK[1], TICK[2])) <=
  STROKE / 2;

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const rows = Buffer.alloc(size * (1 + size * 3));
  const n = 4;
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    rows[row] = 0; // no filter
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++)
          if (inTick((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size)) hits++;
      const a = hits / (n * n);
      for (let i = 0; i < 3; i++) rows[row + 1 + x * 3 + i] = Math.round(BRAND[i] * (1 - a) + WHITE[i] * a);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) {
  const file = new URL(`../src/web/static/checkin-icon-${size}.png`, import.meta.url);
  writeFileSync(file, png(size));
  process.stdout.write(`${file.pathname}\n`);
}
