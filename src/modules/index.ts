import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import type { AppEnv } from '../web/context.js';
import { registerAccountsApi, registerAccountsPages } from './accounts/index.js';
import { registerAttendanceApi, registerCheckInPages, registerEventCheckInApi } from './attendance/index.js';
import { registerAuditPages } from './audit/index.js';
import {
  followUpHandlers,
  followUpRecurring,
  participationChart,
  registerEvidenceApi,
  registerFollowUpPages,
  registerFollowUpResultsPages,
  registerLogframeApi,
  registerLogframePages,
  registerReachApi,
  registerReachPages,
  registerSessionsApi,
  registerSessionsPages,
  registerSignInApi,
  registerSignInPages,
  registerTrainersApi,
  registerTrainersPages,
  sessionsEventApi,
  sessionsEventSection,
  trainersEventSection,
  trainersHandlers,
  trainersRecurring,
} from './cascade/index.js';
import {
  credentialIdsFor,
  credentialsHandlers,
  credentialUrl,
  registerCredentialsApi,
  registerCredentialsPages,
} from './credentials/index.js';
import { diagnosticToolkitCard, registerDiagnosticApi, registerDiagnosticPages } from './diagnostic/index.js';
import { registerDirectoryApi, registerDirectoryPages } from './directory/index.js';
import {
  certificateRegistrantSection,
  documentsHandlers,
  registerDocumentsApi,
  registerDocumentsPages,
} from './documents/index.js';
import { eventsHomeBlock, registerEventsApi, registerEventsPages } from './events/index.js';
import {
  feedbackEventSection,
  feedbackHandlers,
  feedbackRecurring,
  registerFeedbackApi,
  registerFeedbackPages,
} from './feedback/index.js';
import {
  helpdeskHandlers,
  helpdeskRecurring,
  helpdeskToolkitCard,
  registerHelpdeskApi,
  registerHelpdeskPages,
} from './helpdesk/index.js';
import { registerHomePages } from './home/index.js';
import {
  ipRegisterHandlers,
  ipRegisterRecurring,
  registerIpRegisterApi,
  registerIpRegisterPages,
} from './ip-register/index.js';
import type { JobHandlers, Recurring } from './jobs/index.js';
import { jobsHandlers, jobsRecurring } from './jobs/index.js';
import {
  type CourseCredentials,
  completionHandlers,
  eventCoursesSection,
  registerCourseApi,
  registerCoursePages,
  registerQuizApi,
  registerQuizPages,
} from './learning/index.js';
import { registerLibraryApi, registerLibraryPages } from './library/index.js';
import { mailHandlers, registerOutboxPages } from './mail/index.js';
import { newsHomeBlock, registerNewsApi, registerNewsPages } from './news/index.js';
import {
  eventCancelledHandlers,
  eventChangedHandlers,
  registerRegistrationApi,
  registerRegistrationPages,
  registrationAgenda,
  registrationEventApi,
  registrationEventSection,
  registrationHandlers,
  registrationRecurring,
} from './registration/index.js';
import { namedAttendees, registerReportsApi, registerReportsPages } from './reports/index.js';

/** Course completions' credentials, which the credentials module issues on learning's event. */
const courseCredentials: CourseCredentials = {
  idsOf: (db, refs) => credentialIdsFor(db, 'course', refs),
  url: credentialUrl,
};

export type PageModule = (pages: Hono<AppEnv>) => void;
export type ApiModule = (api: OpenAPIHono<AppEnv>) => void;

/** Every feature's pages, mounted under /en and /zh. */
export const pageModules: PageModule[] = [
  // Training comes first on the home page; the news follows it.
  (pages) => registerHomePages(pages, { blocks: [eventsHomeBlock, newsHomeBlock] }),
  registerAccountsPages,
  registerAuditPages,
  registerOutboxPages,
  registerDirectoryPages,
  (pages) =>
    registerEventsPages(pages, {
      sections: [
        sessionsEventSection,
        registrationEventSection,
        feedbackEventSection,
        trainersEventSection,
        eventCoursesSection,
      ],
      namedAttendees,
      agenda: registrationAgenda,
    }),
  registerLibraryPages,
  registerNewsPages,
  (pages) => registerRegistrationPages(pages, { registrantSections: [certificateRegistrantSection] }),
  registerFeedbackPages,
  (pages) => registerIpRegisterPages(pages, { cards: [diagnosticToolkitCard, helpdeskToolkitCard] }),
  registerDiagnosticPages,
  registerCheckInPages,
  (pages) =>
    registerDocumentsPages(pages, {
      credentialLinks: (db, refs) => credentialIdsFor(db, 'attendance', refs),
    }),
  (pages) => registerReportsPages(pages, { chart: participationChart }),
  registerReachPages,
  (pages) =>
    registerTrainersPages(pages, { credentialLinks: (db, refs) => credentialIdsFor(db, 'trainer', refs) }),
  registerCredentialsPages,
  registerFollowUpPages,
  registerFollowUpResultsPages,
  registerLogframePages,
  registerSignInPages,
  registerSessionsPages,
  registerQuizPages,
  (pages) => registerCoursePages(pages, courseCredentials),
  registerHelpdeskPages,
];

/** Every feature's JSON API, mounted under /api/v1. */
export const apiModules: ApiModule[] = [
  registerAccountsApi,
  registerDirectoryApi,
  (api) => registerEventsApi(api, registrationEventApi, namedAttendees, registrationAgenda, sessionsEventApi),
  registerLibraryApi,
  registerNewsApi,
  registerRegistrationApi,
  registerAttendanceApi,
  registerFeedbackApi,
  registerIpRegisterApi,
  registerEventCheckInApi,
  registerDocumentsApi,
  registerReportsApi,
  registerTrainersApi,
  registerLogframeApi,
  registerSignInApi,
  registerEvidenceApi,
  registerSessionsApi,
  registerReachApi,
  registerQuizApi,
  registerCredentialsApi,
  (api) => registerCourseApi(api, courseCredentials),
  registerDiagnosticApi,
  registerHelpdeskApi,
];

/** Every feature's background work, by queue name. */
export const jobHandlers: JobHandlers = {
  ...jobsHandlers,
  ...mailHandlers,
  ...registrationHandlers,
  ...eventCancelledHandlers,
  ...eventChangedHandlers,
  ...feedbackHandlers,
  ...ipRegisterHandlers,
  ...documentsHandlers,
  ...trainersHandlers,
  ...followUpHandlers,
  ...credentialsHandlers,
  ...helpdeskHandlers,
  ...completionHandlers,
};

/** Tasks each process queues on a schedule (once per slot across processes). */
export const recurringJobs: Recurring[] = [
  ...jobsRecurring,
  ...registrationRecurring,
  ...feedbackRecurring,
  ...ipRegisterRecurring,
  ...trainersRecurring,
  ...followUpRecurring,
  ...helpdeskRecurring,
];
