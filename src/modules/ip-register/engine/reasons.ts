/** Bilingual texts for unsettled points ([UNCERTAIN] in the rules) and for schedule notes. */
import { OFFICE_NAME } from './labels.js';
import type { Bilingual, Note, OfficeId } from './types.js';

const b = (en: string, zh: string): Bilingual => ({ en, zh });

export const REASON = {
  cnGraceFromRaw: b(
    'The 6-month grace is counted from the raw due date; CNIPA may count it from the holiday-extended date.',
    '6个月滞纳期自原定缴费日起算；国家知识产权局也可能自节假日顺延后的日期起算。',
  ),
  cnGraceMonthEnd: b(
    'The due date fell back to a month end; the grace end may instead keep the filing day number.',
    '缴费日因当月无对应日而取月末，滞纳期届满日也可能按申请日的日数计算。',
  ),
  cnGrantYearEstimated: b(
    'Grant year estimated from the grant announcement date; take it from the registration notice.',
    '授予专利权当年系按授权公告日推算，应以办理登记手续通知书所载为准。',
  ),
  cnPtaCount: b(
    'Day count of the term adjustment (inclusive or exclusive) and the deductible delays are not settled.',
    '专利权期限补偿天数的计算方式（是否计入首尾日）及应扣除的延迟尚无定论。',
  ),
  cnTmOpens: b(
    'The 12-month renewal window may be read as opening one day earlier.',
    '十二个月续展期的起始日也可能早一日。',
  ),
  cnTmRoll: b(
    'Whether the last day of the renewal period moves past a holiday is not settled; file by the raw date.',
    '续展期最后一日遇法定休假日是否顺延尚无定论，稳妥起见应在原定日期前提出。',
  ),
  cnTmGraceRoll: b(
    'Whether the end of the 6-month grace moves past a holiday is not settled.',
    '六个月宽展期届满日遇法定休假日是否顺延尚无定论。',
  ),
  cnTmLeapDay: b(
    'The renewed term is counted from the day after the previous expiry; CNIPA may record the day before the anniversary of the registration date instead.',
    '续展注册有效期自上届期满次日起计算；国家知识产权局也可能按原核准注册日对应日的前一日记载。',
  ),
  lastDayConvention: b(
    'Whether the last day is the anniversary or the day before is not settled.',
    '保护期最后一日为周年对应日还是其前一日尚无定论。',
  ),
  euOpens: b(
    'The window may be read as opening one day later (six months ending on the expiry date).',
    '续展期起始日也可理解为晚一日（以期满日为终点的六个月）。',
  ),
  euClosedExpiry: b(
    'Whether an expiry on a day the EUIPO is closed extends the renewal period is not settled; renew by the raw date.',
    '期满日为欧盟知识产权局不办公日时续展期限是否顺延尚无定论，应在原定日期前续展。',
  ),
  euLeapDay: b(
    'Filed on 29 February: the expiry falls back to 28 February and the grace end may be read as the month end.',
    '申请日为2月29日：期满日取2月28日，宽展期届满日也可能按月末计算。',
  ),
  euDesignTransition: b(
    'Renewal in the May–September 2025 transition band: the new rules are applied; under the old rules it would still be possible until the alternative dates. Confirm against the EUIPO register.',
    '本次续展处于2025年5月至9月的过渡期：按新规则计算；如适用旧规则，可续展至备选日期。请以欧盟知识产权局登记簿为准。',
  ),
  epDueRoll: b(
    'Whether Rule 134(1) EPC allows payment without additional fee on the next working day is not settled; pay by the raw date.',
    '《欧洲专利公约实施细则》第134条第1款是否允许在下一个工作日缴纳而免交附加费尚无定论，应在原定日期前缴纳。',
  ),
  epPctDeferral: b(
    'Whether the deferred due date itself moves to the next working day, and whether an end-of-month reading applies, is not settled.',
    '推迟后的缴费日本身是否顺延至下一个工作日、是否按月末计算，尚无定论。',
  ),
  epNationalTerm: b(
    'The exact last day follows national law (e.g. DE: the anniversary; GB: the day before).',
    '保护期最后一日依各国法律确定（例如德国为周年对应日，英国为其前一日）。',
  ),
  upFirstFee: b(
    'A special period for a first Unitary Patent fee falling due just after grant is reported but not verified (UPR Rule 13).',
    '据称授权后不久到期的首期单一效力专利年费另有特别缴纳期，尚待核实（《单一专利保护实施细则》第13条）。',
  ),
  usMonthEnd: b(
    'No corresponding day in the target month: the last day of the month is used.',
    '目标月份无对应日，取该月最后一日。',
  ),
};

const n = (code: string, en: string, zh: string): Note => ({ code, text: b(en, zh) });

export const NOTE = {
  cnNoEarlyPayment: n(
    'cn-no-opening-date',
    'No statutory earliest payment date for annual fees was found; none is shown.',
    '未见年费最早缴纳日的法定规定，故不列出。',
  ),
  cnGrantUnknown: n(
    'cn-grant-unknown',
    'Annual fees start with the grant year: give the grant date or the grant year named in the registration notice.',
    '年费自授予专利权当年起缴纳：请提供授权公告日或办理登记手续通知书所载年度。',
  ),
  cnPtaPct: n(
    'cn-pta-pct',
    'For a PCT case the term adjustment is reported to count from national-phase entry; give that date or the adjustment days.',
    '据称PCT申请的期限补偿自进入国家阶段之日起算；请提供该日期或补偿天数。',
  ),
  epNationalLaw: n(
    'ep-national-law',
    'Later national renewal fees follow each country’s law and are not scheduled here.',
    '此后各国年费依各国法律缴纳，本表不予列出。',
  ),
  usNoGrant: n(
    'us-no-grant',
    'Maintenance fees are scheduled once the grant date is known.',
    '获得授权日期后方可列出维持费。',
  ),
  usDesignNoFees: n(
    'us-design-no-fees',
    'Design patents have no maintenance fees.',
    '外观设计专利无需缴纳维持费。',
  ),
  lifePlus50: n(
    'copyright-life-plus-50',
    'The term runs for the author’s life plus 50 years: give the date of death (of the last surviving author of a joint work).',
    '保护期为作者终生及其死亡后五十年：请提供作者（合作作品为最后死亡的作者）死亡日期。',
  ),
  moralRights: n(
    'copyright-moral-rights',
    'Attribution, alteration and integrity rights are unlimited in time.',
    '署名权、修改权、保护作品完整权的保护期不受限制。',
  ),
  softwareRegistration: n(
    'software-registration',
    'Software copyright registration has no term and no renewal.',
    '软件著作权登记没有期限，也无需续展。',
  ),
  tradeSecret: n(
    'trade-secret',
    'No statutory term: protection lasts while the information stays secret, has commercial value and is kept confidential. Schedule internal reviews. The article number in the 2025 Anti-Unfair Competition Law (believed Art. 10) is to be verified.',
    '无法定期限：信息不为公众所知悉、具有商业价值并采取保密措施期间持续受保护，应定期开展内部审查。2025年修订的《反不正当竞争法》中商业秘密条款序号（据信为第十条）尚待核实。',
  ),
  icUnregistered: n(
    'ic-unregistered',
    'A layout-design is protected only once registered with CNIPA.',
    '布图设计须经国家知识产权局登记方受保护。',
  ),
  icFiledLate: n(
    'ic-filed-late',
    'The registration was applied for after the 2-year bar: it cannot be registered.',
    '登记申请晚于首次商业利用后2年，不予登记。',
  ),
  priorityLate: n(
    'priority-late',
    'Filed after the priority deadline: the priority claim fails unless restored.',
    '申请日晚于优先权期限，除恢复外优先权要求不成立。',
  ),
  unpublishedLate: n(
    'published-too-late',
    'First published more than 50 years after completion: the economic rights are not protected.',
    '自创作完成后五十年内未发表，财产权利不再受保护。',
  ),
};

/** Years listed as a reader writes them: 2031, 2032–2034, 2036. */
function yearRanges(years: number[]): { en: string; zh: string } {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return {
    en: runs.map(([a, z]) => (a === z ? `${a}` : `${a}–${z}`)).join(', '),
    zh: runs.map(([a, z]) => (a === z ? `${a}年` : `${a}—${z}年`)).join('、'),
  };
}

/** The calendar of an office is not loaded for these years: only weekends were taken into account. */
export function calendarMissingNote(office: OfficeId, years: number[]): Note {
  const y = yearRanges(years);
  return n(
    'calendar-missing',
    `Calendar not loaded for ${y.en} (${OFFICE_NAME[office].en}): dates in ${years.length > 1 ? 'those years' : 'that year'} were moved off weekends only, not off public holidays or closures. Check them against the office's notice.`,
    `${OFFICE_NAME[office].zh}${y.zh}的工作日历尚未载入：该年份的日期仅避开了周末，未考虑法定节假日或闭馆日，请以该局公告为准。`,
  );
}
