/** Reads the API's own OpenAPI document to find every operation and the shape of its body. */

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is untyped here
export type Schema = any;

export interface Operation {
  method: string;
  path: string;
  secured: boolean;
  body: Schema | null;
  queryParams: { name: string; schema: Schema }[];
  pathParams: string[];
}

export function operations(doc: Schema): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries<Schema>(doc.paths)) {
    for (const [method, op] of Object.entries<Schema>(ops)) {
      const params: Schema[] = op.parameters ?? [];
      out.push({
        method: method.toUpperCase(),
        path,
        // An empty requirement (`{}`) among them makes the token optional: such a write is public.
        secured:
          Array.isArray(op.security) &&
          op.security.length > 0 &&
          !op.security.some((r: Schema) => Object.keys(r).length === 0),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
        queryParams: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
      });
    }
  }
  return out;
}

/** Follows `$ref`, merges `allOf`, and of `anyOf` prefers the object form (the richest to attack). */
export function resolve(doc: Schema, s: Schema): Schema {
  if (!s) return {};
  if (s.$ref) return resolve(doc, doc.components.schemas[s.$ref.split('/').pop()]);
  if (s.allOf) {
    const parts = s.allOf.map((p: Schema) => resolve(doc, p));
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p: Schema) => p.properties ?? {})),
      required: parts.flatMap((p: Schema) => p.required ?? []),
    };
  }
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    const rs = variants.map((v: Schema) => resolve(doc, v));
    return (
      rs.find((r: Schema) => typeOf(r) === 'object') ?? rs.find((r: Schema) => typeOf(r) !== 'null') ?? rs[0]
    );
  }
  return s;
}

export function typeOf(s: Schema): string {
  const t = Array.isArray(s.type) ? s.type.find((x: string) => x !== 'null') : s.type;
  if (t) return t;
  if (s.properties) return 'object';
  if (s.enum) return typeof s.enum.find((e: unknown) => e !== null && e !== '');
  return 'unknown';
}

export interface Leaf {
  path: (string | number)[];
  schema: Schema;
  type: string;
}

/** Every property of a body, nested objects and array items included. */
export function leaves(doc: Schema, schema: Schema, path: (string | number)[] = [], depth = 0): Leaf[] {
  const s = resolve(doc, schema);
  const type = typeOf(s);
  const out: Leaf[] = path.length ? [{ path, schema: s, type }] : [];
  if (depth > 4) return out;
  if (type === 'object' && s.properties) {
    for (const [k, v] of Object.entries<Schema>(s.properties))
      out.push(...leaves(doc, v, [...path, k], depth + 1));
  } else if (type === 'array' && s.items) {
    out.push(...leaves(doc, s.items, [...path, 0], depth + 1));
  }
  return out;
}

/** A plausible value for a schema: its example, default or first choice. */
export function sample(doc: Schema, schema: Schema): unknown {
  const s = resolve(doc, schema);
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  const choice = s.enum?.find((e: unknown) => e !== null && e !== '');
  if (choice !== undefined) return choice;
  switch (typeOf(s)) {
    case 'string':
      if (s.format === 'date') return '2010-06-24';
      if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (s.format === 'email') return 'someone@example.org';
      return 'sample';
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const k of s.required ?? []) o[k] = sample(doc, s.properties[k]);
      return o;
    }
    default:
      return null;
  }
}

export function setAt(
  target: unknown,
  path: (string | number)[],
  value: unknown,
  doc: Schema,
  schema: Schema,
) {
  let node = target as Record<string | number, unknown>;
  let s = resolve(doc, schema);
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    s = resolve(doc, typeof key === 'number' ? s.items : s.properties?.[key]);
    const want = typeOf(s) === 'array' ? [] : {};
    const existing = node[key];
    if (typeof existing !== 'object' || existing === null) {
      node[key] = want;
      if (Array.isArray(want) && typeof path[i + 1] === 'number')
        (node[key] as unknown[]).push(sample(doc, s.items));
    } else if (Array.isArray(existing) && existing.length === 0) {
      existing.push(sample(doc, s.items));
    }
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

export const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
