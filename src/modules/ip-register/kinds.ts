/**
 * The kinds of right the register keeps, per jurisdiction, and which dates and options each one asks for.
 * Forms, the CSV import and the API all read this table, so a field appears wherever the engine uses it.
 */
import type { Jurisdiction, RightKind } from './engine/types.js';

export type DateField =
  | 'filing'
  | 'priority'
  | 'grant'
  | 'registration'
  | 'grantMention'
  | 'completion'
  | 'publication'
  | 'authorDeath'
  | 'firstCommercialUse';

export const DATE_FIELDS: readonly DateField[] = [
  'filing',
  'priority',
  'grant',
  'registration',
  'grantMention',
  'completion',
  'publication',
  'authorDeath',
  'firstCommercialUse',
];

export type OptionField =
  | 'viaPct'
  | 'nationalPhaseEntry'
  | 'grantYear'
  | 'grantNoticeReceived'
  | 'ptaDays'
  | 'examinationRequested'
  | 'applicantDelayDays'
  | 'reasonableDelayDays'
  | 'ownerKind'
  | 'designRegime'
  | 'offices';

export interface RightType {
  /** `CN:invention`: the jurisdiction and the engine's name of the right. */
  key: string;
  jurisdiction: Jurisdiction;
  right: RightKind;
  dates: DateField[];
  options: OptionField[];
  /** Fields without which the right cannot be kept at all (an application always has a filing date). */
  required: (DateField | OptionField)[];
  /** Required once the right is in force (a registered trade mark has a registration date). */
  requiredInForce?: DateField[];
}

const CN_PATENT_OPTIONS: OptionField[] = ['viaPct', 'grantYear', 'grantNoticeReceived'];

export const RIGHT_TYPES: readonly RightType[] = [
  {
    key: 'CN:invention',
    jurisdiction: 'CN',
    right: 'invention',
    dates: ['filing', 'priority', 'grant'],
    options: [
      ...CN_PATENT_OPTIONS,
      'nationalPhaseEntry',
      'ptaDays',
      'examinationRequested',
      'applicantDelayDays',
      'reasonableDelayDays',
    ],
    required: ['filing'],
  },
  {
    key: 'CN:utility-model',
    jurisdiction: 'CN',
    right: 'utility-model',
    dates: ['filing', 'priority', 'grant'],
    options: CN_PATENT_OPTIONS,
    required: ['filing'],
  },
  {
    key: 'CN:design',
    jurisdiction: 'CN',
    right: 'design',
    dates: ['filing', 'priority', 'grant'],
    options: CN_PATENT_OPTIONS,
    required: ['filing'],
  },
  {
    key: 'CN:trademark',
    jurisdiction: 'CN',
    right: 'trademark',
    dates: ['filing', 'priority', 'registration'],
    options: [],
    required: [],
    requiredInForce: ['registration'],
  },
  {
    key: 'CN:copyright',
    jurisdiction: 'CN',
    right: 'copyright',
    dates: ['completion', 'publication', 'authorDeath'],
    options: ['ownerKind'],
    required: ['ownerKind'],
  },
  {
    key: 'CN:software',
    jurisdiction: 'CN',
    right: 'software',
    dates: ['completion', 'publication', 'authorDeath'],
    options: ['ownerKind'],
    required: ['ownerKind'],
  },
  {
    key: 'CN:layout-design',
    jurisdiction: 'CN',
    right: 'layout-design',
    dates: ['completion', 'firstCommercialUse', 'filing'],
    options: [],
    required: ['completion'],
  },
  { key: 'CN:trade-secret', jurisdiction: 'CN', right: 'trade-secret', dates: [], options: [], required: [] },
  {
    key: 'EU:trademark',
    jurisdiction: 'EU',
    right: 'trademark',
    dates: ['filing', 'priority', 'registration'],
    options: [],
    required: ['filing'],
  },
  {
    key: 'EU:design',
    jurisdiction: 'EU',
    right: 'design',
    dates: ['filing', 'priority'],
    options: ['designRegime'],
    required: ['filing'],
  },
  {
    key: 'EP:patent',
    jurisdiction: 'EP',
    right: 'patent',
    dates: ['filing', 'priority', 'grantMention'],
    options: ['viaPct'],
    required: ['filing'],
  },
  {
    key: 'UP:patent',
    jurisdiction: 'UP',
    right: 'patent',
    dates: ['filing', 'priority', 'grantMention'],
    options: ['viaPct'],
    required: ['filing', 'grantMention'],
  },
  {
    key: 'US:patent',
    jurisdiction: 'US',
    right: 'patent',
    dates: ['filing', 'priority', 'grant'],
    options: ['viaPct', 'ptaDays'],
    required: ['filing'],
  },
  {
    key: 'US:design-patent',
    jurisdiction: 'US',
    right: 'design-patent',
    dates: ['filing', 'priority', 'grant'],
    options: [],
    required: ['filing'],
    requiredInForce: ['grant'],
  },
  {
    key: 'US:trademark',
    jurisdiction: 'US',
    right: 'trademark',
    dates: ['filing', 'registration'],
    options: [],
    required: [],
    requiredInForce: ['registration'],
  },
  {
    key: 'PCT:patent',
    jurisdiction: 'PCT',
    right: 'patent',
    dates: ['priority', 'filing'],
    options: ['offices'],
    required: [],
  },
];

/** The engine takes these as the same right; the register stores the name its table uses. */
const ALIASES: Partial<Record<Jurisdiction, Partial<Record<RightKind, RightKind>>>> = {
  CN: { patent: 'invention' },
  EP: { invention: 'patent' },
  UP: { invention: 'patent' },
  US: { invention: 'patent', design: 'design-patent' },
  PCT: { invention: 'patent' },
};

export function rightType(jurisdiction: string, right: string): RightType | undefined {
  const j = jurisdiction as Jurisdiction;
  const canonical = ALIASES[j]?.[right as RightKind] ?? right;
  return RIGHT_TYPES.find((t) => t.jurisdiction === j && t.right === canonical);
}

export const rightTypeByKey = (key: string) => RIGHT_TYPES.find((t) => t.key === key);

/** PCT offices a register entry may ask dates for. */
export const PCT_OFFICES = ['CNIPA', 'EPO', 'USPTO'] as const;
