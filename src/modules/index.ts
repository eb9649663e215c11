import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import type { AppEnv } from '../web/context.js';
import { registerAccountsApi } from './accounts/api.js';
import { registerAccountsPages } from './accounts/routes.js';
import { registerAuditPages } from './audit/routes.js';
import { registerOutboxPages } from './mail/routes.js';
import { registerAttendanceApi } from './attendance/api.js';
import { registerEventCheckInApi } from './attendance/event-api.js';
import { registerCheckInPages } from './attendance/routes.js';
import { registerDirectoryApi } from './directory/api.js';
import { registerDirectoryPages } from './directory/routes.js';
import { registerDocumentsApi } from './documents/api.js';
import { documentsHandlers } from './documents/bulk.js';
import { certificateRegistrantSection } from './documents/registrant-section.js';
import { registerDocumentsPages } from './documents/routes.js';
import { registerEventsApi } from './events/api.js';
import { registerEventsPages } from './events/routes.js';
import { registerFeedbackApi } from './feedback/api.js';
import { feedbackEventSection } from './feedback/event-panel.js';
import { feedbackHandlers, feedbackRecurring } from './feedback/jobs.js';
import { registerFeedbackPages } from './feedback/routes.js';
import { registerHomePages } from './home/routes.js';
import { registerIpRegisterApi } from './ip-register/api.js';
import { ipRegisterHandlers, ipRegisterRecurring } from './ip-register/jobs.js';
import { registerIpRegisterPages } from './ip-register/routes.js';
import { jobsHandlers, jobsRecurring } from './jobs/index.js';
import type { JobHandlers, Recurring } from './jobs/worker.js';
import { registerLibraryApi } from './library/api.js';
import { registerLibraryPages } from './library/routes.js';
import { mailHandlers } from './mail/jobs.js';
import { registerNewsApi } from './news/api.js';
import { registerNewsPages } from './news/routes.js';
import { registerRegistrationApi } from './registration/api.js';
import { registrationEventApi } from './registration/event-api.js';
import { eventCancelledHandlers } from './registration/event-cancelled.js';
import { registrationHandlers, registrationRecurring } from './registration/reminders.js';
import { registerRegistrationPages, registrationEventSection } from './registration/routes.js';
import { registerReportsApi } from './reports/api.js';
import { namedAttendees } from './reports/participation.js';
import { registerReportsPages } from './reports/routes.js';

export type PageModule = (pages: Hono<AppEnv>) => void;
export type ApiModule = (api: OpenAPIHono<AppEnv>) => void;

/** Every feature's pages, mounted under /en and /zh. */
export const pageModules: PageModule[] = [
  registerHomePages,
  registerAccountsPages,
  registerAuditPages,
  registerOutboxPages,
  registerDirectoryPages,
  (pages) =>
    registerEventsPages(pages, {
      sections: [registrationEventSection, feedbackEventSection],
      namedAttendees,
    }),
  registerLibraryPages,
  registerNewsPages,
  (pages) => registerRegistrationPages(pages, { registrantSections: [certificateRegistrantSection] }),
  registerFeedbackPages,
  registerIpRegisterPages,
  registerCheckInPages,
  registerDocumentsPages,
  registerReportsPages,
];

/** Every feature's JSON API, mounted under /api/v1. */
export const apiModules: ApiModule[] = [
  registerAccountsApi,
  registerDirectoryApi,
  (api) => registerEventsApi(api, registrationEventApi, namedAttendees),
  registerLibraryApi,
  registerNewsApi,
  registerRegistrationApi,
  registerAttendanceApi,
  registerFeedbackApi,
  registerIpRegisterApi,
  registerEventCheckInApi,
  registerDocumentsApi,
  registerReportsApi,
];

/** Every feature's background work, by queue name. */
export const jobHandlers: JobHandlers = {
  ...jobsHandlers,
  ...mailHandlers,
  ...registrationHandlers,
  ...eventCancelledHandlers,
  ...feedbackHandlers,
  ...ipRegisterHandlers,
  ...documentsHandlers,
};

/** Tasks each process queues on a schedule (once per slot across processes). */
export const recurringJobs: Recurring[] = [
  ...jobsRecurring,
  ...registrationRecurring,
  ...feedbackRecurring,
  ...ipRegisterRecurring,
];
