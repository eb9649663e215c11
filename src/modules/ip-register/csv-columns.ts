/**
 * The register's CSV columns, with an English and a Chinese header each: a file is read with either (or a
 * mix), and written with the headers of the reader's language. Values are codes (CN, trademark, in-force),
 * and the import also takes their labels in either language.
 */
import type { Lang } from '../../lib/bilingual.js';

export interface Column {
  /** Where the value goes in the right's input: `title.en`, `dates.filing`, `options.ptaDays` … */
  path: string;
  en: string;
  zh: string;
  /** Written on export but not read on import (computed). */
  exportOnly?: boolean;
}

const c = (path: string, en: string, zh: string, exportOnly = false): Column => ({
  path,
  en,
  zh,
  exportOnly,
});

export const COLUMNS: Column[] = [
  c('id', 'id', '编号'),
  c('jurisdiction', 'jurisdiction', '法域'),
  c('right', 'right', '权利类型'),
  c('title.en', 'title_en', '名称（英文）'),
  c('title.zh', 'title_zh', '名称（中文）'),
  c('applicationNumber', 'application_number', '申请号'),
  c('registrationNumber', 'registration_number', '注册号或专利号'),
  c('owner', 'owner', '权利人'),
  c('status', 'status', '状态'),
  c('dates.filing', 'filing_date', '申请日'),
  c('dates.priority', 'priority_date', '优先权日'),
  c('dates.grant', 'grant_date', '授权日'),
  c('dates.registration', 'registration_date', '注册日'),
  c('dates.grantMention', 'grant_mention_date', '授权公告公布日'),
  c('dates.completion', 'completion_date', '创作完成日期'),
  c('dates.publication', 'publication_date', '首次发表日期'),
  c('dates.authorDeath', 'author_death_date', '作者死亡日期'),
  c('dates.firstCommercialUse', 'first_commercial_use_date', '首次商业利用日期'),
  c('options.viaPct', 'via_pct', '由PCT进入'),
  c('options.nationalPhaseEntry', 'national_phase_entry_date', '进入国家阶段日期'),
  c('options.grantYear', 'grant_year', '授予专利权当年'),
  c('options.grantNoticeReceived', 'grant_notice_received_date', '收到登记通知书日期'),
  c('options.ptaDays', 'term_adjustment_days', '期限补偿天数'),
  c('options.examinationRequested', 'examination_requested_date', '实质审查请求日期'),
  c('options.applicantDelayDays', 'applicant_delay_days', '申请人延迟天数'),
  c('options.reasonableDelayDays', 'reasonable_delay_days', '合理延迟天数'),
  c('options.ownerKind', 'owner_kind', '作者类型'),
  c('options.designRegime', 'design_renewal_rules', '续展规则'),
  c('options.offices', 'pct_offices', '国家阶段主管局'),
  c('notes', 'notes', '备注'),
  c('responsibleIds', 'responsible_emails', '负责人邮箱'),
  c('expiry', 'expiry', '保护期届满日', true),
  c('nextDue', 'next_deadline_due', '下一期限日期', true),
  c('nextDeadline', 'next_deadline', '下一期限事项', true),
];

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');

const BY_HEADER = new Map<string, Column>();
for (const col of COLUMNS) {
  BY_HEADER.set(norm(col.en), col);
  BY_HEADER.set(norm(col.zh), col);
}

/** The column a header names, in either language (case, width and spacing ignored). */
export const columnOf = (header: string) => BY_HEADER.get(norm(header));

export const headerOf = (path: string, lang: Lang) => {
  const col = COLUMNS.find((x) => x.path === path);
  return col ? col[lang] : path;
};
