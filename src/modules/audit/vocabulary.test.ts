import { join } from 'node:path';
import { getTableColumns, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import * as schema from '../../db/schema.js';
import { hasMessage, type MessageKey, translator } from '../../web/i18n/index.js';
import { INSTRUMENTS } from '../feedback/schema.js';
import { rightDatesSchema, rightOptionsSchema } from '../ip-register/input.js';
import { recordAudit } from './index.js';
import { auditLog } from './schema.js';
import { scanAuditVocabulary } from './test-support.js';

const SRC = join(import.meta.dirname, '../..');
// Never written to the log (record.ts strips them).
const HIDDEN = new Set(['passwordHash', 'tokenHash', 'searchText', 'idHash']);
const CJK = /[\u3400-\u9fff]/;

/** What is missing for a key: a label in either language, or a Chinese one that is not Chinese. */
function missing(key: string): string | null {
  if (!hasMessage(key)) return `${key}: no label`;
  const zh = translator('zh')(key as MessageKey);
  return CJK.test(zh) ? null : `${key}: Chinese label "${zh}"`;
}

describe('the audit log’s vocabulary', () => {
  const found = scanAuditVocabulary(SRC);

  it('names every kind of record and action the code writes, in both languages', () => {
    expect(found.entities.size).toBeGreaterThan(20);
    const entities = [...found.entities].flatMap((e) =>
      // `feedback.${instrument}` stands for each instrument.
      e.includes('${') ? INSTRUMENTS.map((i) => e.replace(/\$\{\w+\}/, i)) : [e],
    );
    const problems = [
      ...entities.map((e) => missing(`audit.entity.${e}`)),
      ...[...found.actions].map((a) => missing(`audit.action.${a}`)),
    ].filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('names every field a record can carry, in both languages', () => {
    const fields = new Set(['*', 'en', 'zh', ...found.fields]);
    for (const table of Object.values(schema)) {
      if (is(table, PgTable)) for (const k of Object.keys(getTableColumns(table))) fields.add(k);
    }
    // An IP right's dates and options are logged as nested values (`dates.filing`).
    for (const k of Object.keys(rightDatesSchema.unwrap().shape)) fields.add(k);
    for (const k of Object.keys(rightOptionsSchema.unwrap().shape)) fields.add(k);
    const problems = [...fields]
      .filter((f) => !HIDDEN.has(f))
      .map((f) => missing(`audit.field.${f}`))
      .filter(Boolean);
    expect(problems).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)('the audit log page (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  it('shows kinds, actions and fields in the reader’s language, and an unknown name as recorded', async () => {
    const db = t.database.db;
    await recordAudit(db, null, {
      action: 'update',
      entity: 'agenda_item',
      entityId: '00000000-0000-4000-8000-000000000001',
      before: { title: { en: 'Opening', zh: '' }, startsAt: '09:00', speakerPersonId: null },
      after: { title: { en: 'Opening', zh: '开幕' }, startsAt: '09:30', speakerPersonId: null },
    });
    await recordAudit(db, null, {
      action: 'update',
      entity: 'feedback.settings',
      after: { passPercent: 70 },
    });
    // A name no catalogue knows (written by an older version, say) stays visible as recorded.
    await db.insert(auditLog).values({ action: 'archive', entity: 'old_thing', after: { oldField: 1 } });
    const admin = await t.signIn('admin');
    const zh = await (await admin.get('/zh/admin/audit')).text();
    expect(zh).toContain('日程条目：修改');
    expect(zh).toContain('标题 · 中文');
    expect(zh).toContain('开始时间');
    expect(zh).toContain('测试与调查设置：修改');
    expect(zh).toContain('及格线（%）');
    // What a reader sees (not the attributes, which keep the recorded names for the filter).
    const shown = zh.replace(/<[^>]*>/g, ' ');
    expect(shown).not.toMatch(/agenda_item|feedback\.settings|passPercent|startsAt/);
    expect(zh).toMatch(/<code class="untranslated"[^>]*>old_thing<\/code>/);
    expect(zh).toMatch(/<code class="untranslated"[^>]*>oldField<\/code>/);
    const en = await (await admin.get('/en/admin/audit')).text();
    expect(en).toContain('changed agenda item');
    expect(en).toContain('Title · Chinese');
    expect(en).toContain('<option value="agenda_item">agenda item</option>');
  });
});
