import { describe, expect, it } from 'vitest';
import { nestFields } from './forms.js';

describe('nested form fields', () => {
  it('nests dotted names and keeps repeated ones as lists', () => {
    expect(nestFields({ 'title.en': 'A', 'title.zh': '甲', tags: ['x', 'y'], _csrf: 't' })).toEqual({
      title: { en: 'A', zh: '甲' },
      tags: ['x', 'y'],
    });
  });

  it('never writes to a prototype, whatever the field names', () => {
    const out = nestFields({
      'a.__proto__.polluted': 'yes',
      'constructor.prototype.polluted': 'yes',
      'b.constructor.polluted': 'yes',
      'toString.x': 'kept as a field',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(out).toEqual({ toString: { x: 'kept as a field' } });
  });
});
