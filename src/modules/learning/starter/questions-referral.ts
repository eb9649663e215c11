import { choice, matching, numeric, type StarterQuestion, trueFalse } from './types.js';

const T = 'starter-basics';

/** Questions for the officials' course: deadlines, briefing and where to send companies. */
export const REFERRAL_QUESTIONS: StarterQuestion[] = [
  numeric(
    'START-BASICS-08',
    [T, 'trademark'],
    {
      en: 'How many months does anyone have to oppose a trade mark application after CNIPA publishes it?',
      zh: '国家知识产权局公告商标申请后，任何人可以在几个月内提出异议？',
    },
    [
      [3, 100, 'Right: three months from the publication.', '正确：自公告之日起三个月。'],
      [
        6,
        0,
        'Six months is the trade mark priority and grace period, not the opposition period.',
        '六个月是商标优先权期和宽展期，而不是异议期。',
      ],
      [
        12,
        0,
        'Twelve months is the renewal window, not the opposition period.',
        '十二个月是续展期，而不是异议期。',
      ],
      [null, 0, 'The opposition period is three months from publication.', '异议期为自公告之日起三个月。'],
    ],
  ),
  choice(
    'START-BASICS-09',
    [T, 'copyright', 'software', 'trademark'],
    {
      en: 'A company asks how to protect its new mobile app. Which rights apply? Choose all that apply.',
      zh: '一家企业询问如何保护其新开发的手机应用。哪些权利适用？请选择所有正确选项。',
    },
    [
      [
        'Copyright in the source code',
        '源代码的著作权',
        33.33333,
        'Right: software is protected by copyright, which can be registered as evidence.',
        '正确：软件受著作权保护，可以登记作为证据。',
      ],
      [
        "A trade mark for the app's name",
        '应用名称的商标',
        33.33333,
        'Right: the name needs a trade mark, for example in class 9.',
        '正确：名称需要注册商标，例如第9类。',
      ],
      [
        'Trade secret protection for its algorithms and user data',
        '算法和用户数据的商业秘密保护',
        33.33334,
        'Right: confidential know-how is protected while kept secret.',
        '正确：保密的技术诀窍在保持秘密期间受保护。',
      ],
      [
        'A geographical indication',
        '地理标志',
        -100,
        'Wrong: geographical indications are for products tied to a place, such as tea or wine.',
        '错误：地理标志适用于与产地相关的产品，如茶叶或葡萄酒。',
      ],
    ],
  ),
  trueFalse(
    'START-BASICS-10',
    [T, 'trademark'],
    {
      en: 'A registered trade mark in China can be renewed any number of times, ten years at a time.',
      zh: '中国的注册商标可以无限次续展，每次十年。',
    },
    true,
    {
      en: 'Right: there is no limit on renewals as long as the fee is paid.',
      zh: '正确：只要缴纳费用，续展次数没有限制。',
    },
    {
      en: 'Not so: trade marks, unlike patents, can be renewed without limit.',
      zh: '不对：与专利不同，商标可以无限次续展。',
    },
  ),
  choice(
    'START-BASICS-11',
    [T, 'trademark'],
    {
      en: 'In a twenty-minute briefing for an SME owner, what should come first?',
      zh: '为中小企业主做二十分钟讲解时，首先应该做什么？',
    },
    [
      [
        'Ask what the company sells, where, and under which name',
        '询问企业卖什么、卖到哪里、用什么名称',
        100,
        'Right: the business tells you which rights matter.',
        '正确：企业的业务决定哪些权利最重要。',
      ],
      [
        'Explain the articles of the Patent Law in order',
        '按顺序讲解《专利法》条文',
        0,
        'Owners rarely ask about the law; start from their business.',
        '企业主很少问法律条文，应从他们的业务出发。',
      ],
      [
        'Recommend filing a PCT application',
        '建议提交PCT申请',
        0,
        'Too early: you do not yet know whether the company has an invention.',
        '为时过早：你还不知道企业是否有发明。',
      ],
      [
        'Give it a list of every IP right that exists',
        '给它一份所有知识产权的清单',
        0,
        'A full list overwhelms; name the two or three actions that matter most.',
        '完整清单会让人不知所措，应指出最重要的两三项行动。',
      ],
    ],
  ),
  trueFalse(
    'START-BASICS-12',
    [T, 'patent'],
    {
      en: 'A Chinese patent term is counted from the date of grant.',
      zh: '中国专利的保护期限自授权之日起计算。',
    },
    false,
    {
      en: 'Not so: the term runs from the filing date, so time spent in examination counts against it.',
      zh: '不对：期限自申请日起计算，审查所用的时间也计入期限。',
    },
    { en: 'Right: the term runs from the filing date.', zh: '正确：期限自申请日起计算。' },
  ),
  choice(
    'START-BASICS-13',
    [T, 'trademark', 'patent'],
    {
      en: 'A company wants customs to stop counterfeit goods at the border. What must it do first?',
      zh: '企业希望海关在边境查扣侵权货物。它首先应当做什么？',
    },
    [
      [
        'Record its registered rights with the General Administration of Customs',
        '向海关总署办理其注册权利的知识产权海关保护备案',
        100,
        'Right: recordation lets customs detain suspect goods on its own initiative.',
        '正确：备案后海关可以依职权扣留涉嫌侵权的货物。',
      ],
      [
        'Register its copyright',
        '登记著作权',
        0,
        'That does not by itself engage customs.',
        '这本身并不会启动海关执法。',
      ],
      [
        'File a PCT application',
        '提交PCT申请',
        0,
        'A PCT application is not a granted right and does not engage customs.',
        'PCT申请不是已授予的权利，不会启动海关执法。',
      ],
      [
        'Nothing: customs checks all brands automatically',
        '什么都不用做：海关自动检查所有品牌',
        0,
        'Customs acts on rights it knows about, mostly through recordation.',
        '海关主要依据已备案的权利采取行动。',
      ],
    ],
  ),
  matching(
    'START-BASICS-14',
    [T, 'trademark', 'patent', 'copyright'],
    { en: 'Match each need with where to send the company.', zh: '请将企业的需要与应引导去的地方配对。' },
    [
      [
        'Search existing EU trade marks',
        '检索已有的欧盟商标',
        'TMview',
        'TMview',
        'Right: TMview searches EU and national trade mark registers.',
        '正确：TMview可检索欧盟及各国商标注册簿。',
      ],
      [
        'Search patents worldwide',
        '检索全球专利',
        'WIPO PATENTSCOPE',
        '世界知识产权组织PATENTSCOPE',
        'Right: PATENTSCOPE covers PCT and many national collections.',
        '正确：PATENTSCOPE涵盖PCT及多国专利文献。',
      ],
      [
        'File a trade mark in China',
        '在中国申请商标',
        'CNIPA or a registered agency',
        '国家知识产权局或依法备案的代理机构',
        'Right: CNIPA accepts online filings; foreign firms need an agency.',
        '正确：国家知识产权局受理网上申请；外国企业须委托代理机构。',
      ],
    ],
  ),
];
