import type { Db } from '../../db/client.js';
import { type Actor, isStaff } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { translator } from '../../web/i18n/index.js';
import { type FollowUpCounts, followUpResults, totalOf } from './followups-results.js';
import { logframeActuals, type Reach } from './logframe-actuals.js';
import { INDICATORS, type IndicatorCode, type IndicatorUnit, UNIT } from './logframe-indicators.js';
import { firstProgramme, type ProgrammeChoice, programmeBySlug } from './logframe-programmes.js';
import { targetsOf } from './logframe-targets.js';

export interface Indicator {
  code: IndicatorCode;
  label: Bilingual;
  unit: IndicatorUnit;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  source: Bilingual;
}

export interface Logframe {
  programme: ProgrammeChoice;
  from: string | null;
  to: string | null;
  indicators: Indicator[];
  reach: Reach;
  followUps: Record<3 | 6, FollowUpCounts>;
}

const en = translator('en');
const zh = translator('zh');
const both = (key: Parameters<typeof en>[0]): Bilingual => ({ en: en(key), zh: zh(key) });

/** Reports are for managers and coordinators; a coordinator's figures are those of their scope (in each query). */
export function assertLogframeReader(viewer: Actor | null): asserts viewer is Actor {
  if (!viewer) throw new AppError('unauthenticated');
  if (!isStaff(viewer)) throw new AppError('forbidden');
}

/** The programme's log-frame for a period: each indicator with baseline, target, actual and source. */
export async function logframeOf(
  db: Db,
  viewer: Actor | null,
  q: { programme?: string; from?: string; to?: string },
  now: Date,
): Promise<Logframe> {
  assertLogframeReader(viewer);
  if (q.from && q.to && q.from > q.to) throw invalidFields({ to: 'cascade.logframe.periodOrder' });
  const programme = q.programme ? await programmeBySlug(db, q.programme) : await firstProgramme(db);
  const period = {
    programmeId: programme.id,
    programme: programme.slug,
    from: q.from,
    to: q.to,
    today: todayIso(now),
  };
  const [{ actual, reach }, targets, rows] = [
    await logframeActuals(db, viewer, period),
    await targetsOf(db, programme.id),
    await followUpResults(db, viewer, period),
  ];
  return {
    programme,
    from: q.from ?? null,
    to: q.to ?? null,
    reach,
    followUps: { 3: totalOf(rows, 3), 6: totalOf(rows, 6) },
    indicators: INDICATORS.map((code) => ({
      code,
      label: both(`cascade.logframe.label.${code}`),
      unit: UNIT[code],
      baseline: targets[code].baseline,
      target: targets[code].target,
      actual: actual[code],
      source: both(`cascade.logframe.source.${code}`),
    })),
  };
}
