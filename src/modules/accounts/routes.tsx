import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';

export function registerAccountsPages(_pages: Hono<AppEnv>) {}
