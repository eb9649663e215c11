/**
 * Dates that cannot come in the order given: a registration before the filing, a priority after it, a grant
 * before it, a work completed after its author died … Checked for every right before any rule runs, so an
 * impossible input never yields a schedule (an EU trade mark filed in 2030 and registered in 2020 is refused,
 * not given a 2040 expiry).
 */
import type { EngineInput } from './input.js';
import { dateOrder } from './result.js';
import type { Bilingual, IsoDate, ScheduleError } from './types.js';

const b = (en: string, zh: string): Bilingual => ({ en, zh });

type DateKey = keyof EngineInput['dates'];
type OptionDateKey = 'examinationRequested' | 'grantNoticeReceived' | 'nationalPhaseEntry';
type Field = DateKey | `options.${OptionDateKey}`;

const NAME: Record<Field, Bilingual> = {
  filing: b('filing date', '申请日'),
  priority: b('priority date', '优先权日'),
  grant: b('grant', '授权日'),
  registration: b('registration', '注册日'),
  grantMention: b('mention of grant', '授权公告公布日'),
  completion: b('completion', '创作完成日期'),
  publication: b('first publication', '首次发表日期'),
  authorDeath: b('death of the author', '作者死亡日期'),
  firstCommercialUse: b('first commercial exploitation', '首次商业利用日期'),
  'options.examinationRequested': b('request for substantive examination', '提出实质审查请求日期'),
  'options.grantNoticeReceived': b('receipt of the registration notice', '收到办理登记手续通知书日期'),
  'options.nationalPhaseEntry': b('national-phase entry', '进入国家阶段日期'),
};

/** `[earlier, later, blamed]`: `earlier` must not fall after `later`; the error is shown at `blamed`. */
const RULES: [Field, Field, 'earlier' | 'later'][] = [
  ['priority', 'filing', 'earlier'],
  ['filing', 'grant', 'later'],
  ['filing', 'registration', 'later'],
  ['filing', 'grantMention', 'later'],
  ['priority', 'grant', 'later'],
  ['priority', 'registration', 'later'],
  ['priority', 'grantMention', 'later'],
  ['completion', 'publication', 'later'],
  ['completion', 'firstCommercialUse', 'later'],
  ['completion', 'filing', 'later'],
  ['completion', 'authorDeath', 'earlier'],
  ['filing', 'options.examinationRequested', 'later'],
  ['filing', 'options.grantNoticeReceived', 'later'],
  ['filing', 'options.nationalPhaseEntry', 'later'],
  ['options.examinationRequested', 'grant', 'earlier'],
];

function dateAt(input: EngineInput, field: Field): IsoDate | undefined {
  if (field.startsWith('options.')) return input.options[field.slice(8) as OptionDateKey];
  return input.dates[field as DateKey];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The first pair of dates in an impossible order, as a typed error at the field to correct. */
export function checkDateOrder(input: EngineInput): ScheduleError | undefined {
  for (const [earlier, later, blamed] of RULES) {
    const a = dateAt(input, earlier);
    const z = dateAt(input, later);
    if (!a || !z || a <= z) continue;
    const [e, l] = [NAME[earlier], NAME[later]];
    const field = blamed === 'earlier' ? earlier : later;
    const path = field.startsWith('options.') ? field : `dates.${field}`;
    return blamed === 'later'
      ? dateOrder(path, `The ${l.en} cannot precede the ${e.en}.`, `${l.zh}不得早于${e.zh}。`)
      : dateOrder(path, `${capital(`the ${e.en}`)} cannot follow the ${l.en}.`, `${e.zh}不得晚于${l.zh}。`);
  }
  return undefined;
}
