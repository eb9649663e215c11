import { z } from 'zod';
import { conditionsSchema } from './conditions.js';

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const FINDING_KINDS = ['asset', 'risk'] as const;

/** Where a recommendation leads on the platform. */
export const linkSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('library'),
    ipRight: z.string().max(40).optional(),
    topic: z.string().max(40).optional(),
  }),
  z.object({ kind: z.literal('course'), topic: z.string().max(40) }),
  z.object({ kind: z.literal('register'), type: z.string().max(40) }),
  z.object({ kind: z.literal('session') }),
  z.object({ kind: z.literal('expert'), topic: z.string().max(40) }),
]);
export type LinkSpec = z.infer<typeof linkSchema>;
export const LINK_KINDS = ['library', 'course', 'register', 'session', 'expert'] as const;

const bi = z.object({ en: z.string().trim().min(1).max(600), zh: z.string().trim().min(1).max(600) });

/** One rule: when its conditions hold, the business probably has an asset or runs a risk, and should act. */
export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/),
  family: z.string().max(40),
  kind: z.enum(FINDING_KINDS),
  when: conditionsSchema,
  finding: bi,
  action: bi,
  priority: z.enum(PRIORITIES),
  links: z.array(linkSchema).max(6),
  enabled: z.boolean().default(true),
});
export type Rule = z.input<typeof ruleSchema>;
export type StoredRule = z.output<typeof ruleSchema>;
