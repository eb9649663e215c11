import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { registerAttemptPages } from './attempt-routes.js';
import { registerBankExportPages } from './bank-export-routes.js';
import { registerBankPages } from './bank-routes.js';
import { registerQuizManagePages } from './quiz-manage-routes.js';

/** The question bank's and quizzes' pages: managers' under /learn/manage, learners' quiz and attempts. */
export function registerQuizPages(pages: Hono<AppEnv>) {
  registerBankPages(pages);
  registerBankExportPages(pages);
  registerQuizManagePages(pages);
  registerAttemptPages(pages);
}
