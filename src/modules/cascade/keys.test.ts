import { describe, expect, it } from 'vitest';
import { normaliseCreditCode, organisationKey, personKey, phoneKey } from './keys.js';

describe('cascade identity keys', () => {
  it('accepts a unified social credit code only with its check character', () => {
    expect(normaliseCreditCode('91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(normaliseCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(normaliseCreditCode('91350100M000100Y44')).toBeNull();
    expect(normaliseCreditCode('91350100M00010OY43')).toBeNull();
    expect(normaliseCreditCode('')).toBeNull();
  });

  it('matches a person by e-mail whatever the case and width, else by mobile number', () => {
    expect(personKey({ email: ' Li.Wei@Example.CN ' })).toBe(personKey({ email: 'li.wei@example.cn' }));
    expect(personKey({ email: 'ｌｉ@example.cn' })).toBe('e:li@example.cn');
    expect(personKey({ phone: '+86 138-0013-8000' })).toBe(personKey({ phone: '13800138000' }));
    expect(phoneKey('0086 13800138000')).toBe('13800138000');
    expect(phoneKey('0532-8888 1234')).toBe('053288881234');
    expect(personKey({ email: '', phone: '  ' })).toBeNull();
    expect(personKey({})).toBeNull();
  });

  it('matches an organisation by credit code first, else by folded name within one city', () => {
    const code = organisationKey({ code: '91350100M000100Y43', name: 'A', cityId: 'x' });
    expect(code).toBe(organisationKey({ code: '91350100m000100y43', name: 'B', cityId: 'y' }));
    const a = organisationKey({ name: '青岛海川科技有限公司', cityId: 'qd' });
    expect(a).toBe(organisationKey({ name: ' 青岛海川科技 ', cityId: 'qd' }));
    expect(a).not.toBe(organisationKey({ name: '青岛海川科技有限公司', cityId: 'xm' }));
    expect(organisationKey({ name: 'Haichuan Tech Co., Ltd.', cityId: 'qd' })).toBe(
      organisationKey({ name: 'haichuan tech', cityId: 'qd' }),
    );
    expect(organisationKey({ name: '', cityId: 'qd' })).toBe('');
  });
});
