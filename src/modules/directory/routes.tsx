import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { registerCsvPages } from './pages-csv.js';
import { registerOrganisationPages } from './pages-organisations.js';
import { registerPeoplePages } from './pages-people.js';

/** The directory: organisations, people, their forms, and CSV import and export. */
export function registerDirectoryPages(pages: Hono<AppEnv>) {
  registerCsvPages(pages);
  registerOrganisationPages(pages);
  registerPeoplePages(pages);
}
