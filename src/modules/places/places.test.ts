import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { users } from '../accounts/schema.js';
import { createCity } from './create-city.js';
import { findProvince } from './provinces.js';
import { findCity } from './queries.js';
import { resolveCity } from './resolve-city.js';
import { cities } from './schema.js';

describe('provinces by what people type', () => {
  it('knows codes, English and Chinese names with or without their suffix', () => {
    expect(findProvince('CN-SD')).toBe('CN-SD');
    expect(findProvince('sd')).toBe('CN-SD');
    expect(findProvince('Shandong')).toBe('CN-SD');
    expect(findProvince('山东省')).toBe('CN-SD');
    expect(findProvince('山东')).toBe('CN-SD');
    expect(findProvince('广西')).toBe('CN-GX');
    expect(findProvince('北京')).toBe('CN-BJ');
    expect(findProvince('Narnia')).toBeNull();
    expect(findProvince('')).toBeNull();
  });
});

describe.each(DATABASE_KINDS)('cities (%s)', (kind) => {
  let database: Database;
  let manager: Actor;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const [u] = await database.db
      .insert(users)
      .values({ email: 'm@example.org', role: 'manager' })
      .returning();
    manager = {
      id: u!.id,
      email: u!.email,
      name: '',
      role: 'manager',
      preferredLang: 'en',
      organisationId: null,
      scopes: [],
    };
    await database.db.insert(cities).values([
      { slug: 'qingdao', province: 'CN-SD', name: { en: 'Qingdao', zh: '青岛市' } },
      { slug: 'taizhou-js', province: 'CN-JS', name: { en: 'Taizhou', zh: '泰州' } },
      { slug: 'taizhou-zj', province: 'CN-ZJ', name: { en: 'Taizhou', zh: '台州' } },
    ]);
  });
  afterAll(() => database.close());

  it('finds a city by slug, English name in any case, or Chinese name with or without 市', async () => {
    expect((await findCity(database.db, 'qingdao'))?.slug).toBe('qingdao');
    expect((await findCity(database.db, 'QINGDAO'))?.slug).toBe('qingdao');
    expect((await findCity(database.db, '青岛'))?.slug).toBe('qingdao');
    expect((await findCity(database.db, '青岛市'))?.slug).toBe('qingdao');
    expect(await findCity(database.db, 'qingdao', 'CN-FJ')).toBeNull();
  });

  it('asks for the province when a name is ambiguous or new', async () => {
    await expect(resolveCity(database.db, manager, 'Taizhou')).rejects.toMatchObject({
      code: 'validation',
      details: { fields: { city: 'events.error.cityNeedsProvince' } },
    });
    expect((await resolveCity(database.db, manager, 'Taizhou', 'Zhejiang')).slug).toBe('taizhou-zj');
    const created = await resolveCity(database.db, manager, 'Shijiazhuang', 'CN-HE');
    expect(created).toMatchObject({
      slug: 'shijiazhuang',
      province: 'CN-HE',
      name: { en: 'Shijiazhuang', zh: '' },
    });
    const zh = await resolveCity(database.db, manager, '石家庄', 'CN-HE');
    expect(zh.slug).toMatch(/^he-[0-9a-f]{6}$/);
    expect((await findCity(database.db, zh.slug))?.id).toBe(zh.id);
  });

  it('gives a new city a free slug and refuses bad input', async () => {
    const a = await createCity(database.db, manager, {
      name: { en: 'Taizhou', zh: '台州市' },
      province: 'CN-ZJ',
    });
    expect(a.slug).toBe('taizhou-zj');
    const b = await createCity(database.db, manager, { name: { en: 'Qingdao', zh: '' }, province: 'CN-HE' });
    expect(b.slug).toBe('qingdao-2');
    // The system (demo loader, command line) acts without a user.
    expect(
      (await createCity(database.db, null, { name: { en: 'Dongguan', zh: '东莞' }, province: 'CN-GD' })).slug,
    ).toBe('dongguan');
    await expect(
      createCity(database.db, manager, { name: { en: '\u200b', zh: '' }, province: 'CN-XX', lat: 200 }),
    ).rejects.toMatchObject({ code: 'validation' });
  });
});
