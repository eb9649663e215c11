import { choice, matching, numeric, type StarterQuestion, trueFalse } from './types.js';

const T = 'starter-patents';

/** Questions for the SMEs' patent course: late fees, PCT, ownership and filing abroad. */
export const FEE_QUESTIONS: StarterQuestion[] = [
  numeric(
    'START-PAT-08',
    [T, 'patent', 'utility_model'],
    {
      en: 'An annual fee due on 15 March is paid on 20 May of the same year. What late fee applies, as a percentage of the annual fee?',
      zh: '应于3月15日缴纳的年费在同年5月20日缴纳。应缴纳年费的百分之几作为滞纳金？',
    },
    [
      [
        10,
        100,
        'Right: more than two but less than three full months late, so 10 %.',
        '正确：逾期超过两个月、不足三个月，因此为10%。',
      ],
      [
        5,
        0,
        'Five per cent applies to more than one, up to two months late.',
        '5%适用于逾期超过一个月、不足两个月。',
      ],
      [0, 0, 'No late fee applies only within the first month.', '只有逾期不超过一个月才不收滞纳金。'],
      [null, 0, 'Two months and five days late: 10 %.', '逾期两个月零五天：10%。'],
    ],
  ),
  trueFalse(
    'START-PAT-09',
    [T, 'patent'],
    {
      en: 'If an annual fee and its late fee are not paid within the six months, the patent ends as from the original due date.',
      zh: '年费及滞纳金在六个月内未缴纳的，专利权自原应缴纳年费期满之日起终止。',
    },
    true,
    {
      en: 'Right: the termination runs back to the original due date.',
      zh: '正确：终止追溯至原应缴期满之日。',
    },
    {
      en: 'Not so: the patent terminates retroactively from the due date.',
      zh: '不对：专利权自应缴期满之日起追溯终止。',
    },
  ),
  matching(
    'START-PAT-10',
    [T, 'patent'],
    {
      en: 'Match each stage of a PCT application with its usual timing, counted from the priority date.',
      zh: '请将PCT申请的各阶段与其通常时间（自优先权日起计算）配对。',
    },
    [
      [
        'Filing the international application',
        '提交国际申请',
        '12 months',
        '12个月',
        'Right: within the Paris priority year.',
        '正确：在巴黎公约优先权期内。',
      ],
      [
        'International publication',
        '国际公布',
        '18 months',
        '18个月',
        'Right: WIPO publishes at 18 months.',
        '正确：世界知识产权组织在18个月时公布。',
      ],
      [
        'Entering the national phase in China',
        '进入中国国家阶段',
        '30 months',
        '30个月',
        'Right: 30 months, or 32 with a late fee.',
        '正确：30个月，缴纳宽限费可延至32个月。',
      ],
    ],
  ),
  choice(
    'START-PAT-11',
    [T, 'patent'],
    { en: 'What does a PCT application give a company?', zh: 'PCT申请能给企业带来什么？' },
    [
      [
        'Time, about 30 months, before choosing countries and paying their fees',
        '在选择国家并缴纳各国费用之前，约30个月的时间',
        100,
        'Right: its value is time and an early search report.',
        '正确：它的价值在于时间和早期检索报告。',
      ],
      [
        'An international patent valid in all member states',
        '在所有成员国有效的国际专利',
        0,
        'No such patent exists; each country grants its own.',
        '不存在这样的专利，各国各自授权。',
      ],
      [
        'Protection for designs',
        '外观设计保护',
        0,
        'The PCT is for inventions (and utility models), not designs.',
        'PCT适用于发明（和实用新型），不适用于外观设计。',
      ],
      [
        "An exemption from CNIPA's confidentiality examination",
        '免除国家知识产权局的保密审查',
        0,
        'No: a PCT filing at CNIPA counts as a request for that examination.',
        '不对：向国家知识产权局提交PCT申请视为同时提出保密审查请求。',
      ],
    ],
  ),
  choice(
    'START-PAT-12',
    [T, 'patent', 'utility_model'],
    {
      en: "An engineer designs a better nozzle during working hours in the company's workshop. Who may apply for the patent?",
      zh: '一名工程师在工作时间利用公司车间设计出更好的喷嘴。谁有权申请专利？',
    },
    [
      [
        'The company, which must reward the engineer',
        '公司，且公司应当奖励该工程师',
        100,
        'Right: it is a service invention; a reward and remuneration are due.',
        '正确：这是职务发明，应给予奖励和报酬。',
      ],
      [
        'The engineer alone',
        '仅工程师本人',
        0,
        'Not for a service invention, unless a contract says so where only resources were used.',
        '职务发明并非如此；仅利用物质条件完成的，可以按合同约定。',
      ],
      [
        'The engineer and the company jointly, by law',
        '依法由工程师与公司共有',
        0,
        'The law gives the right to the employer, not to both.',
        '法律将权利赋予单位，而不是双方共有。',
      ],
      [
        'Whoever files first',
        '谁先申请归谁',
        0,
        'Entitlement, not speed, decides between employer and employee.',
        '雇主与雇员之间由权属决定，而不是申请先后。',
      ],
    ],
  ),
  numeric(
    'START-PAT-13',
    [T, 'utility_model'],
    {
      en: 'With no agreement in place, what is the minimum reward in yuan an employer must pay the inventor of a granted utility model?',
      zh: '没有约定的情况下，单位应向已授权实用新型的发明人发放的最低奖金是多少元？',
    },
    [
      [
        1500,
        100,
        'Right: RMB 1,500 for a utility model or design, within three months of the grant announcement.',
        '正确：实用新型或外观设计不少于1500元，自授权公告之日起三个月内发放。',
      ],
      [4000, 0, 'RMB 4,000 is the minimum for an invention patent.', '4000元是发明专利的最低标准。'],
      [null, 0, 'The minimum for a utility model is RMB 1,500.', '实用新型的最低奖金为1500元。'],
    ],
  ),
  trueFalse(
    'START-PAT-14',
    [T, 'patent'],
    {
      en: 'An invention made in China may be filed first in another country without any check by CNIPA.',
      zh: '在中国完成的发明可以不经国家知识产权局审查而直接首先向外国申请。',
    },
    false,
    {
      en: "Not so: it must first pass CNIPA's confidentiality examination.",
      zh: '不对：必须先通过国家知识产权局的保密审查。',
    },
    {
      en: 'Right: a confidentiality examination is needed before filing abroad.',
      zh: '正确：向外国申请前须经保密审查。',
    },
  ),
];
