import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { registerHelpdeskEnquirerPages } from './routes-enquirer.js';
import { registerHelpdeskFiguresPages } from './routes-figures.js';
import { registerHelpdeskFormPages } from './routes-form.js';
import { registerHelpdeskManagePages } from './routes-manage.js';
import { registerHelpdeskStaffPages } from './routes-staff.js';

export function registerHelpdeskPages(pages: Hono<AppEnv>) {
  registerHelpdeskFormPages(pages);
  registerHelpdeskEnquirerPages(pages);
  registerHelpdeskFiguresPages(pages);
  registerHelpdeskStaffPages(pages);
  registerHelpdeskManagePages(pages);
}
