import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate } from './fields.js';
import { nestFields, validate, zodErrorMap } from './forms.js';
import { translator } from './i18n/index.js';

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

describe('the shared date field', () => {
  const schema = z.object({ day: isoDate() });

  it('says a day the calendar does not have does not exist, and a badly written one how to write it', () => {
    for (const lang of ['en', 'zh'] as const) {
      const t = translator(lang);
      const missing = validate(schema, { day: '2019-02-30' }, t);
      const garbled = validate(schema, { day: '2019-2-3' }, t);
      expect(missing.ok || missing.errors.day).toBe(t('form.dateNotExist'));
      expect(garbled.ok || garbled.errors.day).toBe(t('form.date'));
      expect(validate(schema, { day: '2020-02-29' }, t).ok).toBe(true);
    }
    expect(translator('en')('form.dateNotExist')).toContain('does not exist');
    expect(translator('zh')('form.dateNotExist')).toContain('该日期不存在');
  });

  it('keeps the distinction where the API translates a failed parse after the fact', () => {
    const r = schema.safeParse({ day: '2023-04-31' });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(zodErrorMap(translator('zh'))(issue as never)).toBe('该日期不存在：当月没有这一天（如2月30日）。');
  });
});
