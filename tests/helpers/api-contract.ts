import { z } from 'zod';

/**
 * Holds every answer of the JSON API to what its own OpenAPI document promises: a documented status,
 * and a body its JSON Schema (2020-12, as OpenAPI 3.1 writes it) accepts. The schemas are read by
 * Zod's JSON Schema reader, compiled once per operation and status.
 */

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is untyped here
type Json = any;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  op: Json;
}

const API_PREFIX = '/api/v1';
/** The document and its page describe the others; they are not operations themselves. */
const NOT_OPERATIONS = new Set(['/openapi.json', '/docs']);

const toDefs = (schema: Json): Json =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"#/$defs/'));

export class ApiContract {
  private readonly operations: Operation[];
  private readonly defs: Json;
  private readonly compiled = new Map<string, z.ZodType>();

  constructor(readonly doc: Json) {
    this.defs = toDefs(doc.components?.schemas ?? {});
    this.operations = [];
    for (const [template, item] of Object.entries<Json>(doc.paths ?? {})) {
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/}]+\}/g, '[^/]+');
      for (const [method, op] of Object.entries<Json>(item)) {
        this.operations.push({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          params: (template.match(/\{/g) ?? []).length,
          op,
        });
      }
    }
    // A literal segment wins over a parameter (`/items/new` before `/items/{id}`).
    this.operations.sort((a, b) => a.params - b.params);
  }

  /** The documented operation a request reaches, if any. */
  operationFor(method: string, url: string): Operation | undefined {
    const path = new URL(url, 'http://x').pathname;
    if (!path.startsWith(`${API_PREFIX}/`)) return undefined;
    const rest = path.slice(API_PREFIX.length);
    if (NOT_OPERATIONS.has(rest)) return undefined;
    return this.operations.find((o) => o.method === method.toUpperCase() && o.pattern.test(rest));
  }

  private validator(o: Operation, status: string, schema: Json): z.ZodType {
    const key = `${o.method} ${o.template} ${status}`;
    let v = this.compiled.get(key);
    if (!v) {
      v = z.fromJSONSchema({ ...toDefs(schema), $defs: this.defs });
      this.compiled.set(key, v);
    }
    return v;
  }

  /** What is wrong with an answer, as sentences; empty when it keeps the document's promise. */
  problems(method: string, url: string, status: number, contentType: string, text: string): string[] {
    if (method.toUpperCase() === 'HEAD') return [];
    const o = this.operationFor(method, url);
    const where = `${method.toUpperCase()} ${new URL(url, 'http://x').pathname} → ${status}`;
    if (!o) {
      const path = new URL(url, 'http://x').pathname;
      const documentedPath =
        path.startsWith(`${API_PREFIX}/`) && !NOT_OPERATIONS.has(path.slice(API_PREFIX.length));
      // An unknown address may answer 404/405; a success from it is an undocumented operation.
      return documentedPath && status < 300 ? [`${where}: the document has no such operation`] : [];
    }
    const responses = o.op.responses ?? {};
    const response =
      responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default ?? null;
    if (!response) return [`${where}: status ${status} is not documented for ${o.method} ${o.template}`];
    if (!/^application\/(.+\+)?json/.test(contentType)) return [];
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return [`${where}: answers JSON, the document describes no JSON for this status`];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return [`${where}: the body is not JSON`];
    }
    const result = this.validator(o, String(status), schema).safeParse(value);
    if (result.success) return [];
    return result.error.issues
      .slice(0, 10)
      .map((i) => `${where}: ${i.path.join('.') || '(body)'}: ${i.message}`);
  }

  /** Checks a response (read from a clone, so the caller still has its body); throws on a problem. */
  async check(method: string, url: string, res: Response): Promise<void> {
    const contentType = res.headers.get('content-type') ?? '';
    const text = /json/.test(contentType) ? await res.clone().text() : '';
    const found = this.problems(method, url, res.status, contentType, text);
    if (found.length) {
      throw new Error(`The API answer does not match its OpenAPI document:\n${found.join('\n')}`);
    }
  }
}

interface Requester {
  request: (input: Json, init?: Json, ...rest: Json[]) => Response | Promise<Response>;
  routes?: { method: string; path: string }[];
}

/**
 * Contracts already read, by the app's routes: the apps a worker builds from the same code
 * publish the same document, so it is read and its validators compiled once per worker rather
 * than once per test file.
 */
const contracts = new Map<string, Promise<ApiContract>>();

/**
 * Makes every API request an app answers in a test pass through the contract: a wrong-shaped
 * answer fails the test that caused it, whatever that test asserts itself.
 */
export function holdToContract<A extends Requester>(app: A): A {
  const request = app.request.bind(app);
  let contract: Promise<ApiContract> | undefined;
  const load = () => {
    if (contract) return contract;
    const key = (app.routes ?? []).map((r) => `${r.method} ${r.path}`).join('\n');
    contract = contracts.get(key);
    if (!contract) {
      contract = Promise.resolve(request(`${API_PREFIX}/openapi.json`))
        .then((r) => r.json())
        .then((doc) => new ApiContract(doc));
      // Without a route list to tell apps apart, each app reads its own document.
      if (key) contracts.set(key, contract);
    }
    return contract;
  };
  app.request = (async (input: Json, init?: Json, ...rest: Json[]) => {
    const res = await request(input, init, ...rest);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://x').pathname;
    if (path.startsWith(`${API_PREFIX}/`)) {
      const method = init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET');
      await (await load()).check(method, url, res);
    }
    return res;
  }) as A['request'];
  return app;
}
