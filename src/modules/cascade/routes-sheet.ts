import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { requireUser } from '../../web/guards.js';
import { getCity } from '../places/index.js';
import { managedSession, type SessionRow } from './attendees-access.js';
import { SESSION, signInUrl } from './routes-attendees.js';
import { signInSheetPdf } from './sheet-pdf.js';

/** A session's sign-in sheet: its place in both languages and the QR code of its address. */
export async function sheetPdfOf(c: Context<AppEnv>, s: SessionRow): Promise<Uint8Array> {
  const city = await getCity(c.get('app').database.db, s.cityId);
  const place = (lang: 'en' | 'zh') =>
    [s.venue[lang] || s.venue.zh || s.venue.en, city?.name[lang]].filter(Boolean).join(', ');
  return signInSheetPdf({
    title: s.title,
    startDate: s.startDate,
    endDate: s.endDate,
    place: { en: place('en'), zh: place('zh') },
    trainer: s.trainerName,
    signInUrl: signInUrl(c, s),
  });
}

export const pdfResponse = (c: Context<AppEnv>, bytes: Uint8Array, name: string) =>
  c.body(new Uint8Array(bytes), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="${name}"`,
    'Cache-Control': 'private, no-store',
  });

/** The printable sign-in sheet of a local session, for those who run it. */
export function registerSheetPages(pages: Hono<AppEnv>) {
  pages.get(`${SESSION}/sign-in-sheet.pdf`, async (c) => {
    const user = requireUser(c);
    const s = await managedSession(c.get('app').database.db, user, c.req.param('id')!);
    return pdfResponse(c, await sheetPdfOf(c, s), 'sign-in-sheet.pdf');
  });
}
