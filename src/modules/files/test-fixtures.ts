import { zipSync } from 'fflate';

const enc = (s: string) => new TextEncoder().encode(s);

/** A minimal, valid one-page PDF whose page shows `text` (ASCII). */
export function tinyPdf(text = 'Hello'): Uint8Array {
  const stream = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return enc(out);
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A minimal Word document whose body is the given paragraphs. */
export function tinyDocx(paragraphs: string[] = ['Hello']): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': enc(CONTENT_TYPES),
    'word/document.xml': enc(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** A minimal PowerPoint package: one slide with the given text. */
export function tinyPptx(text = 'Slide'): Uint8Array {
  return zipSync({
    '[Content_Types].xml': enc(CONTENT_TYPES),
    'ppt/presentation.xml': enc('<?xml version="1.0"?><p:presentation xmlns:p="p"/>'),
    'ppt/slides/slide1.xml': enc(
      `<?xml version="1.0"?><p:sld xmlns:a="a" xmlns:p="p"><a:t>${text}</a:t></p:sld>`,
    ),
  });
}

/** An archive that claims to be a Word document and inflates to `mb` megabytes of zeros. */
export function zipBomb(mb = 50): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': enc(CONTENT_TYPES),
      'word/document.xml': new Uint8Array(mb * 1024 * 1024),
    },
    { level: 9 },
  );
}

export const tinyPng = () =>
  Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
