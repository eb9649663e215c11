import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';

export function registerEventsPages(_pages: Hono<AppEnv>) {}
