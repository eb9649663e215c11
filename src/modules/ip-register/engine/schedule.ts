/** Entry point: validates the input and dispatches to the jurisdiction's rules. */
import { cnCopyright, cnLayoutDesign, cnTradeSecret } from './cn-copyright.js';
import { cnPatent } from './cn-patent.js';
import { cnTrademark } from './cn-trademark.js';
import { epPatent } from './ep.js';
import { euDesign, euTrademark } from './eu.js';
import { type EngineInput, type ScheduleInput, scheduleInputSchema } from './input.js';
import { checkDateOrder } from './order.js';
import { pctParis } from './pct.js';
import { priorityOnly } from './priority-only.js';
import { fail } from './result.js';
import type { Jurisdiction, RightKind, ScheduleResult } from './types.js';
import { usDesign, usTrademark, usUtility } from './us.js';

type Handler = (input: EngineInput) => ScheduleResult;

/** The input schema's date messages (catalogue keys for the API) in the engine's own words. */
const DATE_PROBLEM: Record<string, { en: string; zh: string }> = {
  'form.date': { en: 'write the date as YYYY-MM-DD', zh: '日期应按YYYY-MM-DD格式填写' },
  'form.dateNotExist': { en: 'that day does not exist in the calendar', zh: '该日期不存在' },
  'ip.error.dateRange': { en: 'give a year from 1900 to 2199', zh: '年份应在1900年至2199年之间' },
};

const HANDLERS: Record<Jurisdiction, Partial<Record<RightKind, Handler>>> = {
  CN: {
    invention: cnPatent,
    patent: cnPatent,
    'utility-model': cnPatent,
    design: cnPatent,
    trademark: cnTrademark,
    copyright: cnCopyright,
    software: cnCopyright,
    'layout-design': cnLayoutDesign,
    'trade-secret': cnTradeSecret,
  },
  EU: { trademark: euTrademark, design: euDesign },
  EP: { invention: epPatent, patent: epPatent },
  UP: { invention: epPatent, patent: epPatent },
  US: {
    patent: usUtility,
    invention: usUtility,
    'design-patent': usDesign,
    design: usDesign,
    trademark: usTrademark,
  },
  PCT: {
    invention: pctParis,
    patent: pctParis,
    'utility-model': pctParis,
    design: pctParis,
    trademark: pctParis,
  },
};

/**
 * The expiry and every deadline of one right. Never throws on bad input: malformed or inconsistent input
 * gives `{ ok: false, error: { code, reason: {en, zh}, field? } }`.
 */
export function computeSchedule(input: ScheduleInput): ScheduleResult {
  const parsed = scheduleInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || undefined;
    const why = DATE_PROBLEM[issue?.message ?? ''];
    return fail(
      'invalid-input',
      `Invalid input${field ? ` at ${field}` : ''}: ${why?.en ?? issue?.message ?? 'unknown problem'}.`,
      `输入有误${field ? `（${field}）` : ''}：${why?.zh ?? '请检查格式和取值'}。`,
      field,
    );
  }
  const data: EngineInput = { ...parsed.data, options: parsed.data.options ?? {} };
  const handler = HANDLERS[data.jurisdiction][data.right];
  if (!handler) {
    return fail(
      'unsupported-right',
      `No rules for a ${data.right} in ${data.jurisdiction}.`,
      `${data.jurisdiction}不适用“${data.right}”类权利的规则。`,
      'right',
    );
  }
  return checkDateOrder(data) ?? priorityOnly(data) ?? handler(data);
}
