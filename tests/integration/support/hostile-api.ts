import { BIG, MB, SCRIPT, TEXT_PAYLOADS } from './checks.js';
import type { Leaf } from './openapi.js';

export const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

/** Wrong values for one property, by the type the schema gives it. */
export function attacks(leaf: Leaf): [string, unknown][] {
  const common: [string, unknown][] = [
    ['null', null],
    ['array', ['a', 1]],
    ['object', { a: 1 }],
  ];
  switch (leaf.type) {
    case 'string': {
      const out: [string, unknown][] = [
        ['1 MB', BIG],
        ['script', SCRIPT],
        ['sql', TEXT_PAYLOADS.sql],
        ['bidi', TEXT_PAYLOADS.bidi],
        ['NUL', TEXT_PAYLOADS.nul],
        ['lone surrogate', TEXT_PAYLOADS.surrogate],
        ['number', 12345],
        ['boolean', true],
        ['empty', ''],
        ...common,
      ];
      if (leaf.schema.enum) out.push(['unknown enum', 'no-such-option']);
      if (leaf.schema.format === 'date')
        out.push(['bad date', '2010-02-30'], ['huge year', '99999999-01-01']);
      if (leaf.schema.format === 'uuid') out.push(['bad uuid', 'not-a-uuid'], ['unknown uuid', ZERO_UUID]);
      return out;
    }
    case 'integer':
    case 'number':
      return [
        ['string', 'abc'],
        ['numeric string', '12'],
        ['negative', -1],
        ['fraction', 1.5],
        ['huge', 1e308],
        ['beyond safe integers', Number.MAX_SAFE_INTEGER + 2],
        ['beyond int4', 1e20],
        ['boolean', true],
        ...common,
      ];
    case 'boolean':
      return [['string', 'yes'], ['number', 1], ...common];
    case 'array':
      return [
        ['string', 'x'],
        ['number', 42],
        ['object', { a: 1 }],
        ['null', null],
        ['items of the wrong type', [42, null, {}]],
        ['10,000 items', Array.from({ length: 10_000 }, (_, i) => `item-${i}`)],
      ];
    case 'object':
      return [
        ['string', 'x'],
        ['number', 42],
        ['array', []],
        ['null', null],
      ];
    default:
      return common;
  }
}

/** Bodies that are wrong as a whole. */
export function wholeBodies(
  base: unknown,
): [string, { raw?: string | Uint8Array; contentType?: string; body?: unknown }][] {
  const json = JSON.stringify(base ?? {});
  const marker = json.replace(/"([^"]*)"(?=\s*[,}])/, '"\uE000"');
  const [a, b] = marker.split('\uE000');
  const invalidUtf8 =
    a !== undefined && b !== undefined
      ? Buffer.concat([
          Buffer.from(a),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
          Buffer.from(b),
        ])
      : Buffer.from([0x7b, 0xff, 0x7d]);
  return [
    ['no body', { raw: '', contentType: 'application/json' }],
    ['empty object', { body: {} }],
    ['null', { raw: 'null' }],
    ['array', { raw: '[]' }],
    ['string', { raw: '"text"' }],
    ['number', { raw: '42' }],
    ['malformed JSON', { raw: '{"title": ' }],
    ['trailing garbage', { raw: `${json}}}` }],
    ['invalid UTF-8', { raw: new Uint8Array(invalidUtf8) }],
    ['text/plain', { raw: json, contentType: 'text/plain' }],
    ['form encoded', { raw: 'title=x&name=y', contentType: 'application/x-www-form-urlencoded' }],
    ['deeply nested', { raw: `${'['.repeat(200_000)}${']'.repeat(200_000)}` }],
    ['prototype keys', { raw: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}' }],
    ['3 MB body', { body: { ...(base as object), padding: 'x'.repeat(3 * MB) } }],
  ];
}

/** An API answer's body without the times a read refreshes, to compare a record before and after. */
export const withoutTimes = (text: string) => text.replace(/"(updatedAt|lastUsedAt)":"[^"]*"/g, '');
