import type { Context } from 'hono';
import type { files } from './schema.js';

type FileRow = Pick<typeof files.$inferSelect, 'name' | 'contentType' | 'data' | 'sha256'>;

/**
 * Sends a stored file: its sniffed content type, never rendered as a page (attachment, nosniff,
 * a sandboxing CSP), and the name in both the plain and the RFC 6266 UTF-8 forms.
 */
export function fileResponse(c: Context, file: FileRow, opts: { inline?: boolean } = {}): Response {
  const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const disposition = `${opts.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`;
  return c.body(new Uint8Array(file.data), 200, {
    'Content-Type': file.contentType,
    'Content-Length': String(file.data.length),
    'Content-Disposition': disposition,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, max-age=0',
    ETag: `"${file.sha256}"`,
  });
}
