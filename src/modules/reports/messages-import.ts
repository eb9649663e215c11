import { defineMessages, type KeysOf } from '../../web/i18n/define.js';

/** What the participant list page and the attendance import say. */
export const reportsImportMessages = defineMessages(
  {
    'reports.participants.tab': 'Participants & attendance',
    'reports.participants.title': 'Participant list and attendance',
    'reports.participants.lead':
      'Download the list with every answer and the days each person attended, or record attendance from a sign-in sheet.',
    'reports.participants.download': 'Participant list',
    'reports.participants.downloadHint':
      'One row per registration, filtered as below; answers and attendance per day included. The CSV opens in Excel with Chinese intact.',
    'reports.participants.status': 'Status',
    'reports.participants.allStatuses': 'All statuses',
    'reports.participants.search': 'Name, e-mail or organisation',
    'reports.participants.csv': 'Download CSV',
    'reports.participants.xlsx': 'Download Excel (XLSX)',
    'reports.participants.attended': '{count} people attended at least one day.',
    'reports.import.title': 'Import attendance from a sign-in sheet',
    'reports.import.lead':
      'A CSV file (UTF-8) with a header row. You see what each row will do before anything is recorded.',
    'reports.import.columns':
      'Columns, by their header in English or Chinese: e-mail (email, 邮箱) and/or name (name, 姓名); then either a day column (day, 日期, with an optional present or 签到 mark column) or one column per day headed by its date (2010-06-24, 6月24日, Day 2, 第2天). Marks ✓, x, 1, yes or 是 mean present; an empty cell, 0, no or 否 mean absent.',
    'reports.import.file': 'Sign-in sheet (CSV)',
    'reports.import.check': 'Check the sheet',
    'reports.import.confirm': 'Record {count} check-ins',
    'reports.import.nothing':
      'This sheet adds no check-ins: everything it marks is recorded already or cannot be used.',
    'reports.import.preview': 'Nothing has been recorded yet. {count} check-ins will be added.',
    'reports.import.done': '{count} check-ins recorded from the sign-in sheet.',
    'reports.import.row': 'Row',
    'reports.import.person': 'On the sheet',
    'reports.import.match': 'Registration',
    'reports.import.outcome': 'What happens',
    'reports.import.byEmail': 'by e-mail',
    'reports.import.byName': 'by name',
    'reports.import.outcome.record': 'Checked in: {days}',
    'reports.import.outcome.alreadyRecorded': 'Already recorded: {days}',
    'reports.import.outcome.unmatched': 'No registration with this e-mail or name',
    'reports.import.outcome.ambiguous': '{detail} registrants have this name: add the e-mail',
    'reports.import.outcome.notConfirmed': 'Not checked in: the registration is not confirmed',
    'reports.import.outcome.notAnEventDay': 'Not a day of this event: {detail}',
    'reports.import.outcome.unreadable': 'Cannot read “{detail}”',
    'reports.import.outcome.noMark': 'No day marked present',
    'reports.import.andKnown': '(already recorded: {days})',
    'reports.import.error.noFile': 'Choose the CSV file of the sign-in sheet.',
    'reports.import.error.tooLarge': 'The file is larger than {max}. Split the sheet and import each part.',
    'reports.import.error.badXlsx':
      'The file is not a readable Excel workbook (XLSX). Save it again as XLSX or as CSV UTF-8.',
    'reports.import.error.notUtf8':
      'The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8” and try again.',
    'reports.import.error.badCsv':
      'The file is not valid CSV: a quoted field starting in row {row} never ends.',
    'reports.import.error.noPerson':
      'The sheet needs an e-mail column or a name column, headed “email” or “name” (or their Chinese equivalents).',
    'reports.import.error.noDay':
      'This event runs several days: add a day column headed “day” (or its Chinese equivalent), or one column per day headed by its date.',
    'reports.import.error.empty': 'The sheet has a header but no rows.',
    'reports.import.error.tooMany': 'The sheet has more than {max} rows.',
  },
  {
    'reports.participants.tab': '学员与出勤',
    'reports.participants.title': '学员名单与出勤',
    'reports.participants.lead': '下载含全部报名问题回答和每日出勤的名单，或根据签到表录入出勤。',
    'reports.participants.download': '学员名单',
    'reports.participants.downloadHint':
      '每条报名一行，按下方条件筛选；包含回答和每日出勤。CSV 文件可在 Excel 中正常显示中文。',
    'reports.participants.status': '状态',
    'reports.participants.allStatuses': '全部状态',
    'reports.participants.search': '姓名、邮箱或单位',
    'reports.participants.csv': '下载 CSV',
    'reports.participants.xlsx': '下载 Excel（XLSX）',
    'reports.participants.attended': '{count} 人至少出席一天。',
    'reports.import.title': '根据签到表导入出勤',
    'reports.import.lead': '带标题行的 CSV 文件（UTF-8）。记录之前会先显示每一行将如何处理。',
    'reports.import.columns':
      '按标题识别列（中英文均可）：邮箱（email、邮箱）和/或姓名（name、姓名）；再加一个日期列（day、日期，可另加“签到”标记列），或每天一列、以日期为标题（2010-06-24、6月24日、Day 2、第2天）。✓、x、1、yes 或“是”表示出席；空白、0、no 或“否”表示缺席。',
    'reports.import.file': '签到表（CSV）',
    'reports.import.check': '检查签到表',
    'reports.import.confirm': '记录 {count} 条签到',
    'reports.import.nothing': '此签到表不会新增签到：其中标记的出勤均已记录或无法使用。',
    'reports.import.preview': '尚未记录任何内容。将新增 {count} 条签到。',
    'reports.import.done': '已根据签到表记录 {count} 条签到。',
    'reports.import.row': '行',
    'reports.import.person': '签到表内容',
    'reports.import.match': '对应报名',
    'reports.import.outcome': '处理结果',
    'reports.import.byEmail': '按邮箱',
    'reports.import.byName': '按姓名',
    'reports.import.outcome.record': '签到：{days}',
    'reports.import.outcome.alreadyRecorded': '已有记录：{days}',
    'reports.import.outcome.unmatched': '没有此邮箱或姓名的报名',
    'reports.import.outcome.ambiguous': '有 {detail} 位报名者同名：请补充邮箱',
    'reports.import.outcome.notConfirmed': '未签到：该报名尚未确认',
    'reports.import.outcome.notAnEventDay': '不是本活动的日期：{detail}',
    'reports.import.outcome.unreadable': '无法识别“{detail}”',
    'reports.import.outcome.noMark': '没有标记出席的日期',
    'reports.import.andKnown': '（已有记录：{days}）',
    'reports.import.error.noFile': '请选择签到表的 CSV 文件。',
    'reports.import.error.tooLarge': '文件超过 {max}，请拆分签到表后分别导入。',
    'reports.import.error.badXlsx':
      '文件不是可读取的 Excel 工作簿（XLSX）。请重新另存为 XLSX 或“CSV UTF-8”。',
    'reports.import.error.notUtf8': '文件不是 UTF-8 文本。请在电子表格软件中另存为“CSV UTF-8”后重试。',
    'reports.import.error.badCsv': '文件不是有效的 CSV：第 {row} 行开始的带引号字段没有结束。',
    'reports.import.error.noPerson': '签到表需要邮箱列（email、邮箱）或姓名列（name、姓名）。',
    'reports.import.error.noDay': '本活动为期多天：请添加日期列（day、日期），或每天一列并以日期为标题。',
    'reports.import.error.empty': '签到表只有标题行，没有数据。',
    'reports.import.error.tooMany': '签到表超过 {max} 行。',
  },
);

type ReportsImportMessagesKeys = KeysOf<typeof reportsImportMessages>;
declare module '../../lib/messages.js' {
  interface Messages extends ReportsImportMessagesKeys {}
}
