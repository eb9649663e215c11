import type { Bilingual, Lang } from '../../lib/bilingual.js';
import { openSections } from './answers.js';
import { type Answers, allHold } from './conditions.js';
import type { SectionId } from './questions.js';
import { type LinkSpec, PRIORITIES, type Priority, type StoredRule } from './rule-types.js';

export interface Finding {
  ruleId: string;
  family: string;
  kind: 'asset' | 'risk';
  priority: Priority;
  finding: Bilingual;
  action: Bilingual;
  links: LinkSpec[];
}
export interface Evaluation {
  sections: SectionId[];
  findings: Finding[];
}

const RANK = Object.fromEntries(PRIORITIES.map((p, i) => [p, i])) as Record<Priority, number>;

/** The findings of the enabled rules whose conditions all hold, highest priority first (then table order). */
export function evaluate(answers: Answers, rules: readonly StoredRule[]): Evaluation {
  const findings = rules
    .filter((r) => r.enabled && allHold(r.when, answers))
    .map((r, order) => ({ r, order }))
    .sort((a, b) => RANK[a.r.priority] - RANK[b.r.priority] || a.order - b.order)
    .map(({ r }) => ({
      ruleId: r.id,
      family: r.family,
      kind: r.kind,
      priority: r.priority,
      finding: r.finding,
      action: r.action,
      links: r.links,
    }));
  return { sections: openSections(answers).map((s) => s.id), findings };
}

/** What a link needs to know about the diagnostic and its reader. */
export interface LinkContext {
  lang: Lang;
  diagnosticId: string;
  organisationId: string | null;
  citySlug: string | null;
}

/** A recommendation's link on the platform: library search, courses, the register's new right form, local sessions, an expert. */
export function linkHref(l: LinkSpec, x: LinkContext): string {
  const base = `/${x.lang}`;
  const query = (o: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(o)) if (v) p.set(k, v);
    const s = p.toString();
    return s ? `?${s}` : '';
  };
  switch (l.kind) {
    case 'library':
      return `${base}/library${query({ ipRight: l.ipRight, topic: l.topic })}`;
    case 'course':
      return `${base}/learn${query({ topic: l.topic })}`;
    case 'register':
      return x.organisationId
        ? `${base}/toolkit/register/${x.organisationId}/rights/new${query({ type: l.type })}`
        : `${base}/toolkit/register`;
    case 'session':
      return `${base}/events${query({ kind: 'local', city: x.citySlug ?? undefined })}`;
    case 'expert':
      return `${base}/helpdesk/new${query({ from: 'diagnostic', ref: x.diagnosticId, topic: l.topic })}`;
  }
}
