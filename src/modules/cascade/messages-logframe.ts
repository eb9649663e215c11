import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** What the log-frame says: its indicators and their sources, the pages, the funder's report. */
export const logframeMessages = defineMessages(
  {
    'cascade.logframe.noProgramme': 'There is no programme with this name.',
    'cascade.logframe.periodOrder': 'The end of the period comes before its start.',
    'cascade.logframe.title': 'Log-frame',
    'cascade.logframe.lead':
      'The funder’s indicators for a programme and period: baseline, target, the actual figure and where it comes from. Events count in the period in which they begin.',
    'cascade.logframe.from': 'From',
    'cascade.logframe.to': 'To',
    'cascade.logframe.show': 'Show',
    'cascade.logframe.indicator': 'Indicator',
    'cascade.logframe.baseline': 'Baseline',
    'cascade.logframe.target': 'Target',
    'cascade.logframe.actual': 'Actual',
    'cascade.logframe.source': 'Source',
    'cascade.logframe.code': 'Code',
    'cascade.logframe.download': 'Download',
    'cascade.logframe.csv': 'CSV',
    'cascade.logframe.xlsx': 'Excel (XLSX)',
    'cascade.logframe.json': 'JSON',
    'cascade.logframe.pdf': 'Funder’s report (PDF)',
    'cascade.logframe.setTargets': 'Set baselines and targets',
    'cascade.logframe.followUps': 'Follow-up results',
    'cascade.logframe.scopeNote':
      'Actual figures cover only the places of your scope; baselines and targets are the programme’s.',
    'cascade.logframe.targets.title': 'Baselines and targets',
    'cascade.logframe.targets.lead':
      'The programme’s baseline and target for each indicator, as agreed with the funder. Leave a field empty when it is not set. Every change is kept in the audit log.',
    'cascade.logframe.targets.save': 'Save baselines and targets',
    'cascade.logframe.targets.saved': 'Saved: {count} indicators changed.',
    'cascade.logframe.targets.back': 'Back to the log-frame',
    'cascade.logframe.unit.percent': '{value}%',
    'cascade.logframe.unit.points': '{value} points',
    'cascade.logframe.label.officials_trained': 'Officials trained',
    'cascade.logframe.label.trainers_certified': 'Trainers certified',
    'cascade.logframe.label.sessions_held': 'Local sessions held',
    'cascade.logframe.label.sessions_verified': 'Local sessions verified',
    'cascade.logframe.label.smes_reached': 'SMEs reached',
    'cascade.logframe.label.smes_verified': 'SMEs reached in verified sessions',
    'cascade.logframe.label.women_share': 'Share of women among people trained (%)',
    'cascade.logframe.label.knowledge_gain': 'Knowledge gain (percentage points)',
    'cascade.logframe.label.use_reported_6m': 'Use reported at six months (% of respondents)',
    'cascade.logframe.source.officials_trained':
      'Attendance records: registrations of the programme’s trainings checked in on at least one day, each e-mail address once.',
    'cascade.logframe.source.trainers_certified':
      'Trainer register: trainers certified (and not revoked) from the trainings and sessions of the period.',
    'cascade.logframe.source.sessions_held':
      'Local session records: sessions whose day has come, not cancelled and not rejected.',
    'cascade.logframe.source.sessions_verified':
      'Verification records: local sessions marked verified by a coordinator or manager after checking their evidence.',
    'cascade.logframe.source.smes_reached':
      'Named attendees of local sessions not rejected: distinct SMEs by unified social credit code, else name and city. Claimed headcounts are not counted.',
    'cascade.logframe.source.smes_verified':
      'Named attendees of verified local sessions only: distinct SMEs. Claimed headcounts are never added.',
    'cascade.logframe.source.women_share':
      'Registrations (officials who attended) and named attendees of verified sessions whose sex is recorded, each person once.',
    'cascade.logframe.source.knowledge_gain':
      'Pre-test and post-test of the trainings (feedback module): mean gain of those who took both.',
    'cascade.logframe.source.use_reported_6m':
      'Six-month follow-up surveys answered: share reporting a trade mark, patent, IP register, helpdesk question or contract change.',
    'cascade.pdf.title': 'Report to the funder',
    'cascade.pdf.period': 'Period: {from} – {to}',
    'cascade.pdf.periodOpen': 'All events of the programme',
    'cascade.pdf.made': 'Made on {date} by IP Cascade',
    'cascade.pdf.logframe': 'Log-frame',
    'cascade.pdf.reach': 'Reach: verified and claimed',
    'cascade.pdf.reachNote':
      'Verified figures count only named attendees of sessions marked verified. Claimed headcounts are shown apart and never added to them.',
    'cascade.pdf.sessions': 'Local sessions held / verified',
    'cascade.pdf.people': 'People named / in verified sessions',
    'cascade.pdf.smes': 'SMEs named / in verified sessions',
    'cascade.pdf.claimed': 'Claimed beyond the names (not verified)',
    'cascade.pdf.chart': 'Actual against target (share of target reached)',
    'cascade.pdf.noTarget': 'no target',
    'cascade.pdf.followUps': 'Follow-up results',
    'cascade.pdf.wave':
      'After {months} months: {sent} sent, {answered} answered ({rate}), {used} used what they learned',
    'cascade.pdf.sources': 'Sources',
    'cascade.pdf.page': 'Page {n} of {total}',
    'audit.entity.logframe_target': 'log-frame baseline and target',
  },
  {
    'cascade.logframe.noProgramme': '没有该名称的项目。',
    'cascade.logframe.periodOrder': '统计期的结束日期早于开始日期。',
    'cascade.logframe.title': '逻辑框架',
    'cascade.logframe.lead':
      '项目在统计期内的资助方指标：基线、目标、实际值及其数据来源。活动按开始日期计入统计期。',
    'cascade.logframe.from': '开始日期',
    'cascade.logframe.to': '结束日期',
    'cascade.logframe.show': '显示',
    'cascade.logframe.indicator': '指标',
    'cascade.logframe.baseline': '基线',
    'cascade.logframe.target': '目标',
    'cascade.logframe.actual': '实际',
    'cascade.logframe.source': '数据来源',
    'cascade.logframe.code': '代码',
    'cascade.logframe.download': '下载',
    'cascade.logframe.csv': 'CSV',
    'cascade.logframe.xlsx': 'Excel（XLSX）',
    'cascade.logframe.json': 'JSON',
    'cascade.logframe.pdf': '资助方报告（PDF）',
    'cascade.logframe.setTargets': '设置基线和目标',
    'cascade.logframe.followUps': '回访结果',
    'cascade.logframe.scopeNote': '实际值仅涵盖您负责的地区；基线和目标为整个项目的数值。',
    'cascade.logframe.targets.title': '基线和目标',
    'cascade.logframe.targets.lead':
      '与资助方商定的各项指标的基线和目标。未设定的请留空。每次修改都记入审计日志。',
    'cascade.logframe.targets.save': '保存基线和目标',
    'cascade.logframe.targets.saved': '已保存：{count} 项指标有改动。',
    'cascade.logframe.targets.back': '返回逻辑框架',
    'cascade.logframe.unit.percent': '{value}%',
    'cascade.logframe.unit.points': '{value} 个百分点',
    'cascade.logframe.label.officials_trained': '受训官员人数',
    'cascade.logframe.label.trainers_certified': '认证培训师人数',
    'cascade.logframe.label.sessions_held': '举办的基层宣讲场次',
    'cascade.logframe.label.sessions_verified': '经核实的基层宣讲场次',
    'cascade.logframe.label.smes_reached': '覆盖的中小企业数',
    'cascade.logframe.label.smes_verified': '经核实宣讲覆盖的中小企业数',
    'cascade.logframe.label.women_share': '受训人员中女性比例（%）',
    'cascade.logframe.label.knowledge_gain': '知识提升（百分点）',
    'cascade.logframe.label.use_reported_6m': '六个月回访中报告运用所学的比例（%）',
    'cascade.logframe.source.officials_trained': '签到记录：项目培训中至少签到一天的报名，同一邮箱只计一次。',
    'cascade.logframe.source.trainers_certified':
      '培训师名册：由统计期内的培训和宣讲认证（且未撤销）的培训师。',
    'cascade.logframe.source.sessions_held': '基层宣讲记录：日期已到、未取消且未被驳回的宣讲。',
    'cascade.logframe.source.sessions_verified':
      '核实记录：经协调员或项目经理审核证明材料后标记为已核实的宣讲。',
    'cascade.logframe.source.smes_reached':
      '未被驳回的宣讲的实名参加者：按统一社会信用代码（无代码时按名称和城市）去重的中小企业。申报人数不计入。',
    'cascade.logframe.source.smes_verified': '仅限已核实宣讲的实名参加者：去重的中小企业。申报人数从不计入。',
    'cascade.logframe.source.women_share':
      '报名记录（已出席的官员）和已核实宣讲的实名参加者中登记了性别的人员，每人只计一次。',
    'cascade.logframe.source.knowledge_gain': '培训的前测和后测（反馈模块）：两次测试均参加者的平均提升。',
    'cascade.logframe.source.use_reported_6m':
      '已回复的六个月回访问卷：报告注册商标、申请专利、建立知识产权台账、咨询服务平台或修改合同者所占比例。',
    'cascade.pdf.title': '资助方报告',
    'cascade.pdf.period': '统计期：{from} – {to}',
    'cascade.pdf.periodOpen': '项目全部活动',
    'cascade.pdf.made': '{date} 由知识产权培训与信息平台生成',
    'cascade.pdf.logframe': '逻辑框架',
    'cascade.pdf.reach': '覆盖面：已核实与申报',
    'cascade.pdf.reachNote': '已核实数字仅统计已核实宣讲的实名参加者。申报人数单独列出，从不计入已核实数字。',
    'cascade.pdf.sessions': '举办 / 已核实的基层宣讲',
    'cascade.pdf.people': '实名人数 / 已核实宣讲人数',
    'cascade.pdf.smes': '实名中小企业 / 已核实宣讲的中小企业',
    'cascade.pdf.claimed': '超出实名人数的申报人数（未核实）',
    'cascade.pdf.chart': '实际值与目标对比（完成目标的比例）',
    'cascade.pdf.noTarget': '未设目标',
    'cascade.pdf.followUps': '回访结果',
    'cascade.pdf.wave': '{months}个月后：发送 {sent}，回复 {answered}（{rate}），{used} 人运用了所学',
    'cascade.pdf.sources': '数据来源',
    'cascade.pdf.page': '第 {n} 页，共 {total} 页',
    'audit.entity.logframe_target': '逻辑框架基线和目标',
  },
);

type LogframeMessagesKeys = KeysOf<typeof logframeMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends LogframeMessagesKeys {}
}
