import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
export type Weight = keyof typeof FONT_FILES;

const loaded = new Map<Weight, Promise<Buffer>>();
/** Noto Sans SC (TrueType, with Latin and Chinese), read once per process. */
export function fontBytes(weight: Weight): Promise<Buffer> {
  let p = loaded.get(weight);
  if (!p) {
    p = readFile(require.resolve(FONT_FILES[weight]));
    loaded.set(weight, p);
  }
  return p;
}

/**
 * Embeds Noto Sans SC cut down to the characters of `text`. pdf-lib's own subsetting drops CJK
 * glyphs, so HarfBuzz makes the subset and pdf-lib embeds it whole; ligatures are off so that
 * copied or extracted text reads as it was written ("fi", not one glyph). So is `locl`: in a Latin
 * run it swaps Noto Sans SC's digits for variants that pdf-lib measures and maps wrongly, so
 * "2099" printed spaced out and could not be copied.
 */
export async function embedFont(
  doc: PDFDocument,
  text: string,
  weight: Weight = 'regular',
): Promise<PDFFont> {
  doc.registerFontkit(fontkit);
  // Digits, Latin letters and common punctuation always, so late additions (page numbers) render.
  const chars = `${text} 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,:;-–—/()[]#%+&'"·，。：；、（）《》“”`;
  const subset = await subsetFont(await fontBytes(weight), chars, { targetFormat: 'truetype' });
  return doc.embedFont(subset, { subset: false, features: { liga: false, clig: false, locl: false } });
}
