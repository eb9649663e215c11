import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../web/context.js';
import { registerContactsApi } from './contacts/api.js';
import { assertEditor } from './editors.js';
import { registerLinksApi } from './links/api.js';
import { registerNewsEndpoints } from './news-api.js';

const WRITES = ['POST', 'PATCH', 'PUT', 'DELETE'];

export function registerNewsApi(api: OpenAPIHono<AppEnv>) {
  // Who may write is settled before the body is validated, so a reader gets 401/403, not a 422.
  for (const path of ['/news', '/news/*', '/contacts', '/contacts/*', '/links', '/links/*']) {
    api.use(path, async (c, next) => {
      if (WRITES.includes(c.req.method)) assertEditor(c.get('user'));
      await next();
    });
  }
  registerNewsEndpoints(api);
  registerContactsApi(api);
  registerLinksApi(api);
}
