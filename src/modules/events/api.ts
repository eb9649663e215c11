import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../web/context.js';

export function registerEventsApi(_api: OpenAPIHono<AppEnv>) {}
