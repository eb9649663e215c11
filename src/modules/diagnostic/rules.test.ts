import { describe, expect, it } from 'vitest';
import { hasMessage } from '../../web/i18n/index.js';
import { answersSchema, openSections } from './answers.js';
import { allHold, conditionsSchema } from './conditions.js';
import { evaluate, linkHref } from './evaluate.js';
import { questionById, SECTIONS } from './questions.js';
import { LINK_KINDS, ruleSchema, type StoredRule } from './rule-types.js';
import { RULES } from './rules.js';
import './messages.js';

const rules: StoredRule[] = RULES.map((r) => ruleSchema.parse(r));
const base = {
  sector: 'consumer_goods',
  size: 'small',
  offer: 'products',
  exports: 'no',
  brands: 'no',
  designs: 'no',
  inventions: 'no',
  software: 'no',
  knowhow: 'no',
  partners: 'no',
  disputes: 'no',
};
const ids = (answers: Record<string, string>) => evaluate(answers, rules).findings.map((f) => f.ruleId);
const CJK = /[\u3400-\u9fff]/;

describe('the rules table', () => {
  it('has unique ids, both languages for every text, known link kinds and questions that exist', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of rules) {
      for (const b of [r.finding, r.action]) {
        expect(b.en.trim(), r.id).not.toBe('');
        expect(b.en, r.id).not.toMatch(CJK);
        expect(b.zh, r.id).toMatch(CJK);
      }
      for (const l of r.links) expect(LINK_KINDS, r.id).toContain(l.kind);
      for (const c of r.when) expect(questionById(c.question), `${r.id}: ${c.question}`).toBeDefined();
      expect(conditionsSchema.safeParse(r.when).success, r.id).toBe(true);
    }
  });

  it('offers a link label for every link kind in both languages', () => {
    for (const k of LINK_KINDS) expect(hasMessage(`diagnostic.link.${k}`)).toBe(true);
  });

  it('gives only the general advice to a business that answered no to everything', () => {
    expect(ids(base)).toEqual(['general-session']);
    expect(openSections(base)).toEqual([]);
  });
});

describe('rule families', () => {
  it('brands: an unregistered brand is high priority, abroad only when exporting', () => {
    const a = { ...base, brands: 'yes', brandRegistered: 'no', brandSearched: 'yes', brandAbroad: 'no' };
    expect(ids(a)).toEqual(['brand-unregistered', 'brand-asset', 'general-session']);
    expect(ids({ ...a, exports: 'planning' })).toEqual([
      'brand-unregistered',
      'brand-abroad',
      'brand-asset',
      'general-session',
    ]);
    expect(ids({ ...a, brandRegistered: 'yes', brandSearched: 'unsure' })).toContain('brand-not-searched');
    expect(ids({ ...a, brandRegistered: 'yes' })).not.toContain('brand-unregistered');
  });

  it('designs: showing before filing is high, unless the design is registered', () => {
    const a = { ...base, designs: 'yes', designShown: 'yes', designRegistered: 'no' };
    expect(ids(a).slice(0, 1)).toEqual(['design-shown']);
    expect(ids({ ...a, designRegistered: 'yes' })).not.toContain('design-shown');
  });

  it('inventions: unfiled, disclosed and staff ownership', () => {
    const a = {
      ...base,
      inventions: 'yes',
      inventionFiled: 'unsure',
      inventionDisclosed: 'yes',
      inventionStaff: 'no',
    };
    expect(ids(a)).toEqual([
      'invention-unfiled',
      'invention-disclosed',
      'invention-staff',
      'invention-asset',
      'general-session',
    ]);
    expect(ids({ ...a, inventionFiled: 'yes', inventionDisclosed: 'no', inventionStaff: 'yes' })).toEqual([
      'invention-asset',
      'general-session',
    ]);
  });

  it('secrets: agreements, access and a list', () => {
    expect(ids({ ...base, knowhow: 'yes', secretNda: 'no', secretAccess: 'no', secretList: 'no' })).toEqual([
      'secret-no-nda',
      'secret-access',
      'secret-asset',
      'secret-list',
      'general-session',
    ]);
  });

  it('copyright: contractors first, registration last', () => {
    const f = ids({
      ...base,
      software: 'yes',
      softwareRegistered: 'no',
      softwareContractors: 'no',
      softwareOpenSource: 'unsure',
    });
    expect(f.indexOf('software-contractors')).toBeLessThan(f.indexOf('software-open-source'));
    expect(f.indexOf('software-open-source')).toBeLessThan(f.indexOf('software-unregistered'));
  });

  it('export: territorial rights, customs and freedom to operate', () => {
    const a = { ...base, exports: 'yes', exportRights: 'no', exportCustoms: 'no', exportChecked: 'no' };
    expect(ids(a)).toEqual(['export-rights', 'export-customs', 'export-checked', 'general-session']);
    expect(openSections(a).map((s) => s.id)).toEqual(['export']);
  });

  it('partners: written agreements, licences and finance', () => {
    expect(
      ids({ ...base, partners: 'yes', partnerWritten: 'no', partnerLicence: 'yes', partnerFinance: 'yes' }),
    ).toEqual(['partner-unwritten', 'partner-licence', 'partner-finance', 'general-session']);
  });

  it('enforcement: an ongoing dispute leads to an expert', () => {
    const f = evaluate(
      { ...base, disputes: 'yes', enforceOngoing: 'yes', enforceEvidence: 'yes', enforceWatch: 'yes' },
      rules,
    ).findings;
    expect(f.map((x) => x.ruleId)).toEqual(['enforce-ongoing', 'general-session']);
    expect(f[0]!.links).toEqual([{ kind: 'expert', topic: 'enforcement' }]);
  });

  it('a rule switched off gives nothing', () => {
    const off = rules.map((r) => (r.id === 'general-session' ? { ...r, enabled: false } : r));
    expect(evaluate(base, off).findings).toEqual([]);
  });
});

describe('conditions and answers', () => {
  it('evaluates eq, ne, in and notIn, an unanswered question matching only the negatives', () => {
    const a = { x: 'yes' };
    expect(allHold([{ question: 'x', op: 'eq', value: 'yes' }], a)).toBe(true);
    expect(allHold([{ question: 'y', op: 'eq', value: 'yes' }], a)).toBe(false);
    expect(allHold([{ question: 'y', op: 'ne', value: 'yes' }], a)).toBe(true);
    expect(allHold([{ question: 'x', op: 'in', value: ['no', 'yes'] }], a)).toBe(true);
    expect(allHold([{ question: 'x', op: 'notIn', value: ['yes'] }], a)).toBe(false);
    expect(conditionsSchema.safeParse([{ question: 'x', op: 'in', value: 'yes' }]).success).toBe(false);
    expect(conditionsSchema.safeParse([{ question: 'xy', op: 'eq', value: 'yes', extra: 1 }]).success).toBe(
      false,
    );
  });

  it('opens each section from its level-one answer', () => {
    for (const s of SECTIONS) {
      const c = s.when[0]!;
      const v = Array.isArray(c.value) ? c.value[0]! : (c.value as string);
      expect(openSections({ ...base, [c.question]: v }).map((x) => x.id)).toEqual([s.id]);
    }
  });

  it('refuses an unknown question, an answer not offered, a missing required one and one not asked', () => {
    const { sector: _, ...noSector } = base;
    const r = answersSchema('all').safeParse({
      ...noSector,
      size: 'huge',
      nope: 'yes',
      brandRegistered: 'no',
    });
    expect(r.success).toBe(false);
    const by = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(by).toEqual({
      size: 'diagnostic.error.choice',
      nope: 'diagnostic.error.unknown',
      brandRegistered: 'diagnostic.error.notAsked',
      sector: 'diagnostic.error.required',
    });
    expect(
      answersSchema('levelOne').safeParse({ ...base, brands: 'yes', brandRegistered: 'no' }).success,
    ).toBe(false);
    expect(answersSchema('all').safeParse({ ...base, brands: 'yes', brandRegistered: 'no' }).success).toBe(
      true,
    );
  });

  it('links to the library, courses, the register’s new right form, local sessions and the helpdesk', () => {
    const x = { lang: 'zh' as const, diagnosticId: 'd1', organisationId: 'o1', citySlug: 'qingdao' };
    expect(linkHref({ kind: 'library', ipRight: 'trademark', topic: 'protect' }, x)).toBe(
      '/zh/library?ipRight=trademark&topic=protect',
    );
    expect(linkHref({ kind: 'course', topic: 'protect' }, x)).toBe('/zh/learn?topic=protect');
    expect(linkHref({ kind: 'register', type: 'CN:trademark' }, x)).toBe(
      '/zh/toolkit/register/o1/rights/new?type=CN%3Atrademark',
    );
    expect(linkHref({ kind: 'register', type: 'CN:trademark' }, { ...x, organisationId: null })).toBe(
      '/zh/toolkit/register',
    );
    expect(linkHref({ kind: 'session' }, x)).toBe('/zh/events?kind=local&city=qingdao');
    expect(linkHref({ kind: 'expert', topic: 'trademarks' }, x)).toBe(
      '/zh/helpdesk/new?from=diagnostic&ref=d1&topic=trademarks',
    );
  });
});
