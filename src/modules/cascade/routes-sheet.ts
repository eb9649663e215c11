import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { requireUser } from '../../web/guards.js';
import { getCity } from '../places/index.js';
import { managedSession } from './attendees-access.js';
import { SESSION, signInUrl } from './routes-attendees.js';
import { signInSheetPdf } from './sheet-pdf.js';

/** The printable sign-in sheet of a local session, for those who run it. */
export function registerSheetPages(pages: Hono<AppEnv>) {
  pages.get(`${SESSION}/sign-in-sheet.pdf`, async (c) => {
    const user = requireUser(c);
    const db = c.get('app').database.db;
    const s = await managedSession(db, user, c.req.param('id')!);
    const city = await getCity(db, s.cityId);
    const place = (lang: 'en' | 'zh') =>
      [s.venue[lang] || s.venue.zh || s.venue.en, city?.name[lang]].filter(Boolean).join(', ');
    const pdf = await signInSheetPdf({
      title: s.title,
      startDate: s.startDate,
      endDate: s.endDate,
      place: { en: place('en'), zh: place('zh') },
      trainer: s.trainerName,
      signInUrl: signInUrl(c, s),
    });
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline; filename="sign-in-sheet.pdf"',
      'Cache-Control': 'private, no-store',
    });
  });
}
