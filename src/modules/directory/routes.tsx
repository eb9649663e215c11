import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';

export function registerDirectoryPages(_pages: Hono<AppEnv>) {}
