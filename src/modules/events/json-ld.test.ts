import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from './json-ld.js';

describe('JSON for a script element', () => {
  it('cannot close the element or open a comment, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script><!-- & \u2028 end' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
