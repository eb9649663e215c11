import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';

export function registerNewsPages(_pages: Hono<AppEnv>) {}
