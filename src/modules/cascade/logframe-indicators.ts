/** The donor log-frame's indicators, in the order the funder reads them. */
export const INDICATORS = [
  'officials_trained',
  'trainers_certified',
  'sessions_held',
  'sessions_verified',
  'smes_reached',
  'smes_verified',
  'women_share',
  'knowledge_gain',
  'use_reported_6m',
] as const;
export type IndicatorCode = (typeof INDICATORS)[number];

/** What an indicator's figures count: people or things, a percentage, or percentage points. */
export type IndicatorUnit = 'count' | 'percent' | 'points';

export const UNIT: Record<IndicatorCode, IndicatorUnit> = {
  officials_trained: 'count',
  trainers_certified: 'count',
  sessions_held: 'count',
  sessions_verified: 'count',
  smes_reached: 'count',
  smes_verified: 'count',
  women_share: 'percent',
  knowledge_gain: 'points',
  use_reported_6m: 'percent',
};

export const isIndicator = (v: string): v is IndicatorCode => (INDICATORS as readonly string[]).includes(v);
