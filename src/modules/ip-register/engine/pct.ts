/**
 * PCT and Paris Convention: national/regional phase entry per office (30/31/32 months, PCT R. 80.2, rolled
 * per office under R. 80.5) and priority deadlines per office (12 months for patents and utility models,
 * 6 months for designs and trade marks; Paris Art. 4C).
 */

import { BASIS, pctPriorityBasis } from './basis.js';
import { addMonths } from './dates.js';
import { buildDeadline } from './deadline.js';
import type { EngineInput, OfficeChoice } from './input.js';
import { LABEL, OFFICE_NAME, SURCHARGE_TEXT } from './labels.js';
import { fail, missingDate, schedule } from './result.js';
import type { Deadline, IsoDate, Note, ScheduleResult } from './types.js';

type Family = 'patent' | 'utility-model' | 'design' | 'trademark';

const DEFAULT_OFFICES: Record<Family, OfficeChoice[]> = {
  patent: ['CNIPA', 'EPO', 'USPTO'],
  'utility-model': ['CNIPA'],
  design: ['CNIPA', 'EUIPO', 'USPTO'],
  trademark: ['CNIPA', 'EUIPO', 'USPTO'],
};

const ALLOWED: Record<Family, OfficeChoice[]> = {
  patent: ['CNIPA', 'EPO', 'USPTO'],
  'utility-model': ['CNIPA'],
  design: ['CNIPA', 'EUIPO', 'USPTO'],
  trademark: ['CNIPA', 'EUIPO', 'USPTO'],
};

function familyOf(right: EngineInput['right']): Family | undefined {
  if (right === 'invention' || right === 'patent') return 'patent';
  if (right === 'utility-model' || right === 'design' || right === 'trademark') return right;
  return undefined;
}

function nationalPhase(office: OfficeChoice, base: IsoDate): Deadline {
  if (office === 'EPO') {
    return buildDeadline({
      kind: 'pct-national-phase',
      office,
      label: LABEL.nationalPhase('EPO'),
      basis: BASIS.pctEntry.EPO,
      dueRaw: addMonths(base, 31),
    });
  }
  if (office === 'USPTO') {
    return buildDeadline({
      kind: 'pct-national-phase',
      office,
      label: LABEL.nationalPhase('USPTO'),
      basis: BASIS.pctEntry.USPTO,
      dueRaw: addMonths(base, 30),
    });
  }
  return buildDeadline({
    kind: 'pct-national-phase',
    office: 'CNIPA',
    label: LABEL.nationalPhase('CNIPA'),
    basis: BASIS.pctEntry.CNIPA,
    dueRaw: addMonths(base, 30),
    graceEndsRaw: addMonths(base, 32),
    surcharge: { label: SURCHARGE_TEXT.cnPctGrace },
  });
}

export function pctParis(input: EngineInput): ScheduleResult {
  const { dates, options } = input;
  const family = familyOf(input.right);
  if (!family) {
    return fail(
      'unsupported-right',
      'PCT and Paris deadlines apply to patents, utility models, designs and trade marks.',
      'PCT及巴黎公约期限仅适用于发明专利、实用新型、外观设计和商标。',
      'right',
    );
  }
  const base = dates.priority ?? dates.filing;
  if (!base) return missingDate('priority', 'priority date or first filing date', '优先权日或首次申请日');
  const offices = options.offices ?? DEFAULT_OFFICES[family];
  const wrong = offices.find((o) => !ALLOWED[family].includes(o));
  if (wrong) {
    return fail(
      'unsupported-office',
      `The ${OFFICE_NAME[wrong].en} does not take this kind of right.`,
      `${OFFICE_NAME[wrong].zh}不受理此类权利。`,
      'options.offices',
    );
  }
  const months = family === 'patent' || family === 'utility-model' ? 12 : 6;
  const deadlines: Deadline[] = [];
  for (const office of new Set(offices)) {
    deadlines.push(
      buildDeadline({
        kind: 'priority-deadline',
        office,
        label: LABEL.priorityDeadline(office, months),
        basis: pctPriorityBasis(family, office),
        dueRaw: addMonths(base, months),
      }),
    );
    if (family === 'patent' || family === 'utility-model') deadlines.push(nationalPhase(office, base));
  }
  const notes: Note[] = [];
  return schedule(input, null, deadlines, notes);
}
