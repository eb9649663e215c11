import { choice, numeric, type StarterQuestion, trueFalse } from './types.js';

const T = 'starter-trademarks';
const TM = 'trademark';

/** Questions for the SMEs' trade mark course: first to file, classes, abroad, renewal, squatting. */
export const TRADEMARK_QUESTIONS: StarterQuestion[] = [
  choice(
    'START-TM-01',
    [T, TM],
    {
      en: 'Two companies apply for the same mark for the same goods in China. As a rule, who gets it?',
      zh: '两家企业在中国就相同商品申请相同商标。一般来说，商标归谁？',
    },
    [
      [
        'The one that filed first',
        '先申请的一方',
        100,
        'Right: China follows the first-to-file principle.',
        '正确：中国实行申请在先原则。',
      ],
      [
        'The one that used it first',
        '先使用的一方',
        0,
        'Use alone rarely decides; only use with some influence copied in bad faith gets limited protection.',
        '仅凭使用很少能决定归属；只有有一定影响且被恶意抢注的商标才获有限保护。',
      ],
      ['The larger company', '规模更大的一方', 0, 'Company size plays no part.', '企业规模不起作用。'],
      [
        'The Chinese company',
        '中国企业',
        0,
        'Nationality plays no part; foreign and Chinese applicants are treated alike.',
        '国籍不起作用，中外申请人待遇相同。',
      ],
    ],
  ),
  numeric(
    'START-TM-02',
    [T, TM],
    { en: 'How many classes does the Nice Classification have?', zh: '尼斯分类共有多少个类别？' },
    [
      [
        45,
        100,
        'Right: classes 1–34 for goods and 35–45 for services.',
        '正确：第1至34类为商品，第35至45类为服务。',
      ],
      [
        34,
        0,
        'Thirty-four is the number of goods classes; services add eleven more.',
        '34是商品类别数，另有11个服务类别。',
      ],
      [null, 0, 'The Nice Classification has 45 classes.', '尼斯分类共有45个类别。'],
    ],
  ),
  trueFalse(
    'START-TM-03',
    [T, TM],
    {
      en: "Registering a mark in the name of the company's local distributor is a safe way to protect it in China.",
      zh: '以企业当地经销商的名义注册商标，是在中国保护商标的稳妥方式。',
    },
    false,
    {
      en: "Not so: the distributor would own the mark. Always register in the company's own name.",
      zh: '不对：商标将归经销商所有。务必以企业自己的名义注册。',
    },
    { en: "Right: the mark must be in the company's own name.", zh: '正确：商标必须以企业自己的名义注册。' },
  ),
  choice(
    'START-TM-04',
    [T, TM],
    {
      en: 'Why should a foreign brand also register a Chinese name?',
      zh: '为什么外国品牌还应注册中文名称？',
    },
    [
      [
        'The market gives foreign brands a Chinese name anyway, and someone else may register it',
        '市场无论如何都会给外国品牌起中文名，别人可能会抢先注册',
        100,
        'Right: an unregistered Chinese name is a common target for squatters.',
        '正确：未注册的中文名称常常是抢注的目标。',
      ],
      [
        'CNIPA refuses marks written in Latin letters',
        '国家知识产权局驳回拉丁字母商标',
        0,
        'Not so: Latin-letter marks can be registered.',
        '不对：拉丁字母商标可以注册。',
      ],
      [
        'A Chinese name makes the Latin-letter mark unnecessary',
        '有了中文名称就不需要拉丁字母商标',
        0,
        'No: register both, since each protects a different sign.',
        '不对：两者都要注册，各自保护不同的标志。',
      ],
      [
        'It doubles the term of protection',
        '可使保护期限加倍',
        0,
        'No: every registration lasts ten years, renewable.',
        '不对：每件注册商标均为十年，可续展。',
      ],
    ],
  ),
  choice(
    'START-TM-05',
    [T, TM],
    {
      en: 'What is true of the Madrid system? Choose all that apply.',
      zh: '关于马德里体系，哪些说法正确？请选择所有正确选项。',
    },
    [
      [
        'One application can designate many member countries',
        '一份申请可以指定多个成员国',
        50,
        'Right: one application, one language, one set of fees.',
        '正确：一份申请、一种语言、一套费用。',
      ],
      [
        'It must be based on a Chinese application or registration, filed through CNIPA',
        '必须以中国的申请或注册为基础，通过国家知识产权局提交',
        50,
        'Right: a Chinese applicant needs a base mark at CNIPA.',
        '正确：中国申请人需要在国家知识产权局有基础商标。',
      ],
      [
        'It grants one worldwide trade mark',
        '授予一件全球通用的商标',
        -50,
        'Wrong: each designated country decides on protection in its own territory.',
        '错误：各被指定国自行决定在其领土上是否给予保护。',
      ],
      [
        'It is run by EUIPO',
        '由欧盟知识产权局管理',
        -50,
        'Wrong: the Madrid system is run by WIPO.',
        '错误：马德里体系由世界知识产权组织管理。',
      ],
    ],
  ),
  numeric(
    'START-TM-06',
    [T, TM],
    {
      en: 'Within how many months of its first Chinese filing can a company claim priority for a trade mark abroad?',
      zh: '企业在中国首次申请商标后，可以在几个月内在海外主张优先权？',
    },
    [
      [6, 100, 'Right: six months for trade marks (and designs).', '正确：商标（和外观设计）为六个月。'],
      [
        12,
        0,
        'Twelve months is the priority period for inventions and utility models.',
        '十二个月是发明和实用新型的优先权期。',
      ],
      [null, 0, 'The trade mark priority period is six months.', '商标优先权期为六个月。'],
    ],
  ),
  choice(
    'START-TM-07',
    [T, TM],
    {
      en: 'A mark was registered in China on 7 March 2015. When did its first term end?',
      zh: '某商标于2015年3月7日在中国核准注册。其第一个有效期何时届满？',
    },
    [
      [
        '6 March 2025',
        '2025年3月6日',
        100,
        'Right: the term ends on the day before the same date ten years later.',
        '正确：有效期至十年后对应日的前一天届满。',
      ],
      [
        '7 March 2025',
        '2025年3月7日',
        0,
        'One day too late: the term ends the day before.',
        '晚了一天：有效期在前一天届满。',
      ],
      ['7 March 2035', '2035年3月7日', 0, 'The term is ten years, not twenty.', '有效期是十年，不是二十年。'],
      [
        '7 September 2025',
        '2025年9月7日',
        0,
        'That is near the end of the grace period, not the term.',
        '那接近宽展期的结束，而不是有效期届满日。',
      ],
    ],
  ),
];
