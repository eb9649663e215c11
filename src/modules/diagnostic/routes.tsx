import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { registerReportPages } from './routes-report.js';
import { registerStaffPages } from './routes-staff.js';
import { registerTakePages } from './routes-take.js';

export function registerDiagnosticPages(pages: Hono<AppEnv>) {
  registerStaffPages(pages);
  registerReportPages(pages);
  registerTakePages(pages);
}
