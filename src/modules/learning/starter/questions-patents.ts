import { choice, numeric, type StarterQuestion, trueFalse } from './types.js';

const T = 'starter-patents';

/** Questions for the SMEs' patent course: the three kinds, terms, annual fees, PCT, ownership. */
export const PATENT_QUESTIONS: StarterQuestion[] = [
  numeric(
    'START-PAT-01',
    [T, 'patent'],
    {
      en: 'How many years does a Chinese invention patent last, counted from the filing date?',
      zh: '中国发明专利自申请日起保护多少年？',
    },
    [
      [
        20,
        100,
        'Right: 20 years from filing, subject to annual fees.',
        '正确：自申请日起20年，前提是按时缴纳年费。',
      ],
      [10, 0, 'Ten years is the term of a utility model.', '10年是实用新型的期限。'],
      [
        15,
        0,
        'Fifteen years is the term of a design filed since June 2021.',
        '15年是2021年6月起申请的外观设计的期限。',
      ],
      [null, 0, 'An invention patent lasts 20 years from filing.', '发明专利自申请日起保护20年。'],
    ],
  ),
  numeric(
    'START-PAT-02',
    [T, 'utility_model'],
    {
      en: 'How many years does a Chinese utility model last, counted from the filing date?',
      zh: '中国实用新型自申请日起保护多少年？',
    },
    [
      [10, 100, 'Right: 10 years from filing.', '正确：自申请日起10年。'],
      [20, 0, 'Twenty years is the term of an invention patent.', '20年是发明专利的期限。'],
      [null, 0, 'A utility model lasts 10 years from filing.', '实用新型自申请日起保护10年。'],
    ],
  ),
  choice(
    'START-PAT-03',
    [T, 'design'],
    {
      en: 'A design patent application was filed in China on 10 March 2022. How long can the design be protected?',
      zh: '某外观设计专利申请于2022年3月10日在中国提交。该外观设计最长可保护多久？',
    },
    [
      [
        '15 years from filing',
        '自申请日起15年',
        100,
        'Right: designs filed from 1 June 2021 get 15 years.',
        '正确：2021年6月1日起申请的外观设计保护15年。',
      ],
      [
        '10 years from filing',
        '自申请日起10年',
        0,
        'Ten years applied only to designs filed before 1 June 2021.',
        '10年只适用于2021年6月1日之前申请的外观设计。',
      ],
      [
        '20 years from filing',
        '自申请日起20年',
        0,
        'Twenty years is the term of an invention patent.',
        '20年是发明专利的期限。',
      ],
      [
        'Without limit, if renewed',
        '续展后无期限',
        0,
        'Patents cannot be renewed; only trade marks can.',
        '专利不能续展，只有商标可以。',
      ],
    ],
  ),
  choice(
    'START-PAT-04',
    [T, 'utility_model', 'patent'],
    {
      en: 'Which can a utility model protect? Choose all that apply.',
      zh: '实用新型可以保护哪些对象？请选择所有正确选项。',
    },
    [
      [
        'A new structure of a mechanical part',
        '机械零件的新结构',
        50,
        'Right: structures of products are what utility models protect.',
        '正确：实用新型保护的就是产品的构造。',
      ],
      [
        'A new shape of a tool that gives it a technical effect',
        '具有技术效果的工具新形状',
        50,
        'Right: the shape of a product, where it solves a technical problem.',
        '正确：解决技术问题的产品形状。',
      ],
      [
        'A manufacturing method',
        '制造方法',
        -50,
        'Wrong: methods need an invention patent.',
        '错误：方法须申请发明专利。',
      ],
      [
        'A chemical composition',
        '化学成分',
        -50,
        'Wrong: compositions need an invention patent.',
        '错误：化学成分须申请发明专利。',
      ],
    ],
  ),
  trueFalse(
    'START-PAT-05',
    [T, 'patent', 'utility_model'],
    {
      en: 'An applicant may file an invention application and a utility model for the same invention on the same day.',
      zh: '申请人可以同日就同样的发明创造既申请发明专利又申请实用新型。',
    },
    true,
    {
      en: 'Right: the utility model protects early; it is given up when the invention patent is granted.',
      zh: '正确：实用新型先提供保护；发明专利授权时声明放弃实用新型。',
    },
    {
      en: 'Not so: same-day filing of both is allowed and common.',
      zh: '不对：同日申请两者是允许的，也很常见。',
    },
  ),
  choice(
    'START-PAT-06',
    [T, 'patent'],
    { en: 'From when must annual fees be paid on a Chinese patent?', zh: '中国专利的年费从何时开始缴纳？' },
    [
      [
        'From the year of grant',
        '自授予专利权当年起',
        100,
        'Right: the grant-year fee is paid with the registration formalities.',
        '正确：授权当年的年费在办理登记手续时缴纳。',
      ],
      [
        'From the filing date',
        '自申请日起',
        0,
        'No annual fees are due while the application is pending.',
        '申请审查期间无需缴纳年费。',
      ],
      [
        'Only after five years',
        '五年之后才开始',
        0,
        'Fees start in the year of grant, whatever the patent year.',
        '年费自授权当年开始，与专利年度无关。',
      ],
      [
        'Never, for SMEs',
        '中小企业无需缴纳',
        0,
        'Fee reductions exist, but the fees must be paid.',
        '虽有费用减缴，但年费仍须缴纳。',
      ],
    ],
  ),
  numeric(
    'START-PAT-07',
    [T, 'patent'],
    {
      en: 'How many months after the due date can a late annual fee still be paid with a late fee?',
      zh: '年费逾期后，在应缴之日起几个月内仍可补缴并缴纳滞纳金？',
    },
    [
      [
        6,
        100,
        'Right: six months, with a late fee rising by 5 % a month.',
        '正确：六个月，滞纳金每月递增5%。',
      ],
      [
        2,
        0,
        "Two months is the time to request restoration after CNIPA's notice.",
        '两个月是收到国家知识产权局通知后请求恢复的期限。',
      ],
      [12, 0, 'There is no twelve-month grace for annual fees.', '年费没有十二个月的宽限期。'],
      [null, 0, 'The late-payment window is six months.', '滞纳期为六个月。'],
    ],
  ),
];
