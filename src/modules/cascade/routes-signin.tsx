import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { registerAttendeeEditPages } from './routes-attendee-edit.js';
import { registerAttendeePages } from './routes-attendees.js';
import { registerEvidencePages } from './routes-evidence.js';
import { registerJoinPages } from './routes-join.js';
import { registerKitPages } from './routes-kit.js';
import { registerSheetPages } from './routes-sheet.js';

/** Attendees, evidence, the QR sign-in, the sign-in sheet and the trainer's kit. */
export function registerSignInPages(pages: Hono<AppEnv>) {
  registerAttendeePages(pages);
  registerAttendeeEditPages(pages);
  registerEvidencePages(pages);
  registerJoinPages(pages);
  registerSheetPages(pages);
  registerKitPages(pages);
}
