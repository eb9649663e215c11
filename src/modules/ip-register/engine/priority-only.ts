/**
 * "I filed at home on this date: until when can I file abroad?" With a priority date and nothing filed yet,
 * every right that can claim priority answers with the last day to file claiming it (Paris Convention
 * Art. 4C: 12 months for patents and utility models, 6 for designs and trade marks), moved past the office's
 * closed days — the same deadline the right's own rules give once the filing date is known. The term and
 * the fees wait for the filing date and say so (`awaiting`).
 */
import { BASIS } from './basis.js';
import { cnNationalPhase, cnPriorityDeadline } from './cn-patent.js';
import { addMonths } from './dates.js';
import { buildDeadline } from './deadline.js';
import { epPriorityDeadline, epRegionalPhase } from './ep.js';
import type { EngineInput } from './input.js';
import { AWAITED, LABEL } from './labels.js';
import { schedule } from './result.js';
import type { Awaiting, Bilingual, Deadline, IsoDate, OfficeId, Schedule } from './types.js';
import { usNationalStage, usPriorityDeadline } from './us.js';

const b = (en: string, zh: string): Bilingual => ({ en, zh });

const AFTER_FILING = b(
  'Nothing filed yet: the last day to file claiming the priority is given; the term and the other deadlines are computed once the filing date is known.',
  '尚未提出申请：已列出要求优先权的最后申请日；保护期及其他期限待提供申请日后计算。',
);
const AFTER_REGISTRATION = b(
  'Nothing filed yet: the last day to file claiming the priority is given; the term and the renewals are computed once the mark is filed and registered.',
  '尚未提出申请：已列出要求优先权的最后申请日；保护期及续展期限待商标申请并核准注册后计算。',
);

function markPriority(office: OfficeId, months: number, priority: IsoDate, basis: Bilingual): Deadline {
  return buildDeadline({
    kind: 'priority-deadline',
    office,
    label: LABEL.priorityDeadline(office, months),
    basis,
    dueRaw: addMonths(priority, months),
  });
}

interface Plan {
  deadline: Deadline;
  awaiting: Awaiting;
}

const waiting = (items: Awaiting['items'], fields = ['dates.filing'], reason = AFTER_FILING): Awaiting => ({
  fields,
  reason,
  items,
});

function plan(input: EngineInput, priority: IsoDate): Plan | undefined {
  const { jurisdiction, right, options } = input;
  const term = { kind: 'term' as const, label: AWAITED.term };
  if (jurisdiction === 'CN') {
    if (right === 'invention' || right === 'patent' || right === 'utility-model' || right === 'design') {
      const viaPct = options.viaPct && right !== 'design';
      return {
        deadline: viaPct ? cnNationalPhase(priority) : cnPriorityDeadline(right, priority),
        awaiting: waiting([term, { kind: 'cn-annual-fee', label: AWAITED.cnAnnualFees }]),
      };
    }
    if (right === 'trademark') {
      return {
        deadline: markPriority('CNIPA', 6, priority, BASIS.cnTmPriority),
        awaiting: waiting(
          [term, { kind: 'cn-tm-renewal', label: AWAITED.cnTmRenewal }],
          ['dates.filing', 'dates.registration'],
          AFTER_REGISTRATION,
        ),
      };
    }
    return undefined;
  }
  if (jurisdiction === 'EU') {
    if (right === 'trademark') {
      return {
        deadline: markPriority('EUIPO', 6, priority, BASIS.euTmPriority),
        awaiting: waiting([term, { kind: 'eu-tm-renewal', label: AWAITED.euTmRenewal }]),
      };
    }
    if (right === 'design') {
      return {
        deadline: markPriority('EUIPO', 6, priority, BASIS.euDesignPriority),
        awaiting: waiting([term, { kind: 'eu-design-renewal', label: AWAITED.euDesignRenewal }]),
      };
    }
    return undefined;
  }
  if (jurisdiction === 'EP' || jurisdiction === 'UP') {
    return {
      deadline: options.viaPct ? epRegionalPhase(priority) : epPriorityDeadline(priority),
      awaiting: waiting([term, { kind: 'ep-renewal-fee', label: AWAITED.epRenewalFees }]),
    };
  }
  if (jurisdiction === 'US') {
    if (right === 'trademark') {
      return {
        deadline: markPriority('USPTO', 6, priority, BASIS.usTmPriority),
        awaiting: waiting(
          [term, { kind: 'us-tm-renewal', label: AWAITED.usTmDeclarations }],
          ['dates.filing', 'dates.registration'],
          AFTER_REGISTRATION,
        ),
      };
    }
    const design = right === 'design' || right === 'design-patent';
    if (design) return { deadline: usPriorityDeadline(priority, 6, true), awaiting: waiting([term]) };
    return {
      deadline: options.viaPct ? usNationalStage(priority) : usPriorityDeadline(priority, 12, false),
      awaiting: waiting([term, { kind: 'us-maintenance-fee', label: AWAITED.usMaintenanceFees }]),
    };
  }
  return undefined;
}

/**
 * The schedule of a right given only its priority date, or undefined where that is not the case (a filing,
 * grant or registration date is given; PCT, which works from the priority date anyway; or a right that
 * claims no priority, such as copyright).
 */
export function priorityOnly(input: EngineInput): Schedule | undefined {
  const { priority, filing, grant, registration, grantMention } = input.dates;
  if (!priority || filing || grant || registration || grantMention || input.jurisdiction === 'PCT') {
    return undefined;
  }
  const p = plan(input, priority);
  if (!p) return undefined;
  return { ...schedule(input, null, [p.deadline], []), awaiting: p.awaiting };
}
