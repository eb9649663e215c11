export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between two snapshots. Nested objects (a bilingual title) are compared
 * key by key, so `title.zh` shows as changed and `title.en` does not; arrays count as one value.
 */
export function changedFields(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (!isPlainObject(before) && !isPlainObject(after)) {
    return same(before, after) ? [] : [{ field: prefix || '*', before, after }];
  }
  const b = isPlainObject(before) ? before : {};
  const a = isPlainObject(after) ? after : {};
  const out: FieldChange[] = [];
  for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
    const field = prefix ? `${prefix}.${key}` : key;
    const x = b[key];
    const y = a[key];
    if (same(x, y)) continue;
    if (isPlainObject(x) && isPlainObject(y)) out.push(...changedFields(x, y, field));
    else out.push({ field, before: x, after: y });
  }
  return out;
}

/** A value as a reader sees it: text as is, everything else as compact JSON. */
export function displayValue(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
