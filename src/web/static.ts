import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { AppError } from '../lib/errors.js';
import type { AppEnv } from './context.js';

const require = createRequire(import.meta.url);
const dir = fileURLToPath(new URL('./static/', import.meta.url));

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

const FILES: Record<string, string> = {
  'htmx.min.js': require.resolve('htmx.org/dist/htmx.min.js'),
};

/**
 * Client modules bundled by esbuild from TypeScript when first asked for (see decision 007):
 * name → entry file. Built once per process in production, on every request otherwise.
 */
const BUILT: Record<string, { entry: string; headers?: Record<string, string> }> = {
  'checkin.js': { entry: '../modules/attendance/client/checkin.ts' },
  'checkin-decoder.js': { entry: '../modules/attendance/client/decoder.ts' },
  // A service worker may control pages outside its own folder only when the server says so.
  'checkin-sw.js': {
    entry: '../modules/attendance/client/sw.ts',
    headers: { 'Service-Worker-Allowed': '/' },
  },
  'learn.js': { entry: '../modules/learning/client/learn.ts' },
  'diagnostic.js': { entry: '../modules/diagnostic/client/diagnostic.ts' },
  // Scoped to the whole site, so it sees the sign-out form wherever it is posted from.
  'learn-sw.js': {
    entry: '../modules/learning/client/learn-sw.ts',
    headers: { 'Service-Worker-Allowed': '/' },
  },
};

async function bundle(entry: string): Promise<Buffer> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return Buffer.from(out.outputFiles[0]!.contents);
}

/** Serves the few static assets from memory, with long caching for vendored files. */
export function staticFiles() {
  const cache = new Map<string, Buffer>();
  const r = new Hono<AppEnv>();
  r.get('/:name{[a-z0-9._-]+}', async (c) => {
    const name = c.req.param('name');
    const path = FILES[name] ?? `${dir}${name}`;
    let body = cache.get(name);
    const built = BUILT[name];
    if (built?.headers) for (const [k, v] of Object.entries(built.headers)) c.header(k, v);
    if (!body && built) {
      body = await bundle(built.entry);
      if (c.get('app').config.NODE_ENV === 'production') cache.set(name, body);
    }
    if (!body) {
      try {
        body = readFileSync(path);
      } catch {
        throw new AppError('not_found');
      }
      if (c.get('app').config.NODE_ENV === 'production') cache.set(name, body);
    }
    c.header('Content-Type', TYPES[extname(name)] ?? 'application/octet-stream');
    c.header('Cache-Control', name in FILES ? 'public, max-age=604800' : 'public, max-age=300');
    return c.body(new Uint8Array(body));
  });
  return r;
}
