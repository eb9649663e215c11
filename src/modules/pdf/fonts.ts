import { createHash } from 'node:crypto';
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
 * The six capital letters that ISO 32000 (9.6.4) puts before the name of a subset font
 * (`ABCDEF+NotoSansSC-Regular`), so a reader never takes it for the whole font. Taken from the
 * subset's bytes: the same characters give the same tag, so a reprint is byte for byte the same.
 */
export function subsetTag(subset: Uint8Array): string {
  const digest = createHash('sha256').update(subset).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/**
 * Embeds Noto Sans SC cut down to the characters of `text`. pdf-lib's own subsetting drops CJK
 * glyphs, so HarfBuzz makes the subset and pdf-lib embeds it whole.
 *
 * The subset holds only glyphs that a character maps to (no layout closure): pdf-lib writes the
 * ToUnicode map from the font's character map, so a glyph reachable only through a substitution
 * (`ccmp` joins "——" into one two-em dash, `liga` makes "fi", `locl` swaps digits) would print but
 * vanish from copied and extracted text. Without those glyphs the substitutions fall away and every
 * glyph drawn reads back as the characters written. Ligatures and `locl` are off as well, so
 * widths are measured on the glyphs that are drawn.
 */
export async function embedFont(
  doc: PDFDocument,
  text: string,
  weight: Weight = 'regular',
): Promise<PDFFont> {
  doc.registerFontkit(fontkit);
  // Digits, Latin letters and common punctuation always, so late additions (page numbers) render.
  const chars = `${text} 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,:;-–—/()[]#%+&'"·，。：；、（）《》“”`;
  const subset = await subsetFont(await fontBytes(weight), chars, {
    targetFormat: 'truetype',
    noLayoutClosure: true,
  });
  const name = fontkit.create(subset).postscriptName || `NotoSansSC-${weight}`;
  return doc.embedFont(subset, {
    subset: false,
    customName: `${subsetTag(subset)}+${name}`,
    features: { liga: false, clig: false, locl: false },
  });
}

/** The catalogue's `/Lang` for a document in this language (ISO 32000 14.9.2; BCP 47 tags). */
export const pdfLanguage = (lang: 'en' | 'zh'): string => (lang === 'zh' ? 'zh-CN' : 'en');
