import { describe, expect, it } from 'vitest';
import { changedFields, displayValue } from './diff.js';

describe('changedFields', () => {
  it('lists only what changed, nested objects field by field', () => {
    expect(
      changedFields(
        { role: 'official', name: 'A', title: { en: 'Same', zh: '旧' }, scopes: [] },
        { role: 'coordinator', name: 'A', title: { en: 'Same', zh: '新' }, scopes: [{ province: 'CN-SD' }] },
      ),
    ).toEqual([
      { field: 'role', before: 'official', after: 'coordinator' },
      { field: 'title.zh', before: '旧', after: '新' },
      { field: 'scopes', before: [], after: [{ province: 'CN-SD' }] },
    ]);
  });

  it('shows a creation and a deletion as every field', () => {
    expect(changedFields(null, { a: 1 })).toEqual([{ field: 'a', before: undefined, after: 1 }]);
    expect(changedFields({ a: 1 }, null)).toEqual([{ field: 'a', before: 1, after: undefined }]);
    expect(changedFields(null, null)).toEqual([]);
  });

  it('displays text as is and other values as JSON', () => {
    expect(displayValue('青岛')).toBe('青岛');
    expect(displayValue(false)).toBe('false');
    expect(displayValue(null)).toBe('');
    expect(displayValue({ en: 'x' })).toBe('{"en":"x"}');
  });
});
