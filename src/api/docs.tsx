import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../web/context.js';
import { bearerSecurity, operationIdOf } from './openapi.js';

const INFO = {
  title: 'IP Cascade API',
  version: '1.0.0',
  description:
    'The JSON API of IP Cascade. Authenticate with `Authorization: Bearer <token>`; get a token from `POST /api/v1/auth/tokens`. Errors are `{"error":{"code","message"}}`; send `Accept-Language: zh` for Chinese messages.',
};

type Op = {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, unknown>[];
  operationId?: string;
};

/** Whether an operation needs a token: none, a token only shows more, or required. */
function tokenNeed(op: Op): 'no' | 'optional' | 'required' {
  if (!op.security?.length) return 'no';
  return op.security.some((r) => Object.keys(r).length === 0) ? 'optional' : 'required';
}

/** OpenAPI 3.1 at /api/v1/openapi.json and a page that reads it, without any outside script. */
export function registerApiDocs(api: OpenAPIHono<AppEnv>) {
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  // Made on the first request, when every route is registered, and kept: building it walks every
  // schema of the API (a third of a second), and the routes do not change while the app runs.
  let made: ReturnType<typeof api.getOpenAPI31Document> | undefined;
  const document = () => (made ??= build());
  const build = () => {
    // A token is the rule; each operation says so, or names its exception, itself.
    const doc = api.getOpenAPI31Document({
      openapi: '3.1.0',
      info: INFO,
      servers: [{ url: '/api/v1' }],
      security: bearerSecurity,
    });
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, Op>)) {
        op.operationId ??= operationIdOf(method, path);
      }
    }
    return doc;
  };
  api.get('/openapi.json', (c) => c.json(document()));
  api.get('/docs', (c) => {
    const doc = document();
    const groups = new Map<string, { method: string; path: string; op: Op }[]>();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, Op>)) {
        const tag = op.tags?.[0] ?? 'general';
        if (!groups.has(tag)) groups.set(tag, []);
        groups.get(tag)!.push({ method: method.toUpperCase(), path, op });
      }
    }
    return c.html(
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{INFO.title}</title>
          <link rel="stylesheet" href="/static/style.css" />
        </head>
        <body>
          <main id="main" class="wrap api-docs">
            <h1>{INFO.title}</h1>
            <p>{INFO.description}</p>
            <p>
              <a href="/api/v1/openapi.json">OpenAPI 3.1 document (openapi.json)</a>
            </p>
            {[...groups.entries()].map(([tag, ops]) => (
              <section>
                <h2>{tag}</h2>
                <table class="table">
                  <thead>
                    <tr>
                      <th scope="col">Method</th>
                      <th scope="col">Path</th>
                      <th scope="col">What it does</th>
                      <th scope="col">Token</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ops.map((o) => (
                      <tr>
                        <td>
                          <code class={`method m-${o.method.toLowerCase()}`}>{o.method}</code>
                        </td>
                        <td>
                          <code>/api/v1{o.path}</code>
                        </td>
                        <td>
                          {o.op.summary}
                          {o.op.description ? <p class="hint">{o.op.description}</p> : null}
                        </td>
                        <td>{tokenNeed(o.op)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
          </main>
        </body>
      </html>,
    );
  });
}
