import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../web/context.js';
import { registerAttemptApi } from './attempt-api.js';
import { registerBankApi } from './bank-api.js';

/** The quiz side of the learning API: attempts, and the bank's import and export. */
export function registerQuizApi(api: OpenAPIHono<AppEnv>) {
  registerBankApi(api);
  registerAttemptApi(api);
}
