import { choice, matching, type StarterQuestion, trueFalse } from './types.js';

const T = 'starter-basics';

/** Questions for the officials' course: the rights, who grants them, briefing and referral. */
export const BASICS_QUESTIONS: StarterQuestion[] = [
  choice(
    'START-BASICS-01',
    [T, 'patent', 'trademark'],
    {
      en: 'Which office grants patents and registers trade marks for the whole of China?',
      zh: '哪个机构负责在全国范围内授予专利和注册商标？',
    },
    [
      [
        'The China National Intellectual Property Administration (CNIPA)',
        '国家知识产权局（CNIPA）',
        100,
        'Right: CNIPA handles patents, utility models, designs and trade marks.',
        '正确：国家知识产权局负责专利、实用新型、外观设计和商标。',
      ],
      [
        'The local market regulation bureau',
        '当地市场监督管理局',
        0,
        'Market regulation bureaus enforce against infringement, but they do not grant rights.',
        '市场监管部门查处侵权，但不授予权利。',
      ],
      [
        'The Copyright Protection Center of China',
        '中国版权保护中心',
        0,
        'That centre registers copyright, not patents or trade marks.',
        '该中心办理著作权登记，不负责专利或商标。',
      ],
      [
        'The General Administration of Customs',
        '海关总署',
        0,
        'Customs records rights for border measures; it does not grant them.',
        '海关办理知识产权备案以便边境执法，并不授予权利。',
      ],
    ],
  ),
  trueFalse(
    'START-BASICS-02',
    [T, 'copyright'],
    {
      en: 'In China, copyright exists only once the work has been registered.',
      zh: '在中国，作品只有登记后才享有著作权。',
    },
    false,
    {
      en: 'Not so: copyright arises automatically when the work is created. Registration is voluntary evidence.',
      zh: '不对：著作权自作品创作完成时自动产生，登记是自愿的证据。',
    },
    {
      en: 'Right: registration is voluntary; the right exists from creation.',
      zh: '正确：登记是自愿的，权利自创作完成时即产生。',
    },
  ),
  matching(
    'START-BASICS-03',
    [T, 'patent', 'utility_model', 'design'],
    {
      en: 'Match each Chinese right with its term, counted from the filing date.',
      zh: '请将各项中国权利与其保护期限（自申请日起计算）配对。',
    },
    [
      [
        'Invention patent',
        '发明专利',
        '20 years',
        '20年',
        'Invention patents last 20 years from filing.',
        '发明专利自申请日起保护20年。',
      ],
      [
        'Utility model',
        '实用新型',
        '10 years',
        '10年',
        'Utility models last 10 years from filing.',
        '实用新型自申请日起保护10年。',
      ],
      [
        'Design patent filed since June 2021',
        '2021年6月起申请的外观设计专利',
        '15 years',
        '15年',
        'Designs filed from 1 June 2021 last 15 years.',
        '2021年6月1日起申请的外观设计保护15年。',
      ],
    ],
  ),
  choice(
    'START-BASICS-04',
    [T, 'trade_secret'],
    {
      en: 'Which conditions must information meet to be protected as a trade secret in China? Choose all that apply.',
      zh: '在中国，信息须满足哪些条件才能作为商业秘密受保护？请选择所有正确选项。',
    },
    [
      [
        'It is not publicly known',
        '不为公众所知悉',
        33.33333,
        'Right: information anyone can find is not secret.',
        '正确：人人都能获得的信息不是秘密。',
      ],
      [
        'It has commercial value',
        '具有商业价值',
        33.33333,
        'Right: the information must be worth something to the business.',
        '正确：信息必须对经营有价值。',
      ],
      [
        'The owner has taken reasonable confidentiality measures',
        '权利人采取了相应的保密措施',
        33.33334,
        'Right: this is where companies most often fail.',
        '正确：企业最常在这一点上失败。',
      ],
      [
        'It has been registered with CNIPA',
        '已在国家知识产权局登记',
        -100,
        'Wrong: trade secrets are not registered anywhere.',
        '错误：商业秘密无需在任何机构登记。',
      ],
    ],
  ),
  trueFalse(
    'START-BASICS-05',
    [T, 'patent', 'trademark'],
    {
      en: 'A Chinese patent or trade mark also protects the owner in the European Union.',
      zh: '中国的专利或商标在欧盟也保护权利人。',
    },
    false,
    {
      en: 'Not so: IP rights are territorial. Protection in the EU needs an EU, national or international filing.',
      zh: '不对：知识产权具有地域性，在欧盟受保护需要欧盟、成员国或国际申请。',
    },
    {
      en: 'Right: rights are territorial and protect only where they were granted.',
      zh: '正确：权利具有地域性，只在授予地受保护。',
    },
  ),
  choice(
    'START-BASICS-06',
    [T, 'utility_model'],
    {
      en: 'What is true of a Chinese utility model compared with an invention patent?',
      zh: '与发明专利相比，中国的实用新型有什么特点？',
    },
    [
      [
        'Its inventiveness is not examined before grant, so it is faster but easier to invalidate',
        '授权前不审查创造性，因此更快，但更容易被宣告无效',
        100,
        'Right: only a preliminary examination is made.',
        '正确：只进行初步审查。',
      ],
      [
        'It can protect methods and processes',
        '可以保护方法和工艺',
        0,
        'No: utility models protect only the shape or structure of products.',
        '不对：实用新型只保护产品的形状或构造。',
      ],
      [
        'It lasts 20 years',
        '保护期为20年',
        0,
        'No: a utility model lasts 10 years from filing.',
        '不对：实用新型自申请日起保护10年。',
      ],
      [
        'It is valid worldwide',
        '在全球有效',
        0,
        'No: like every patent, it is territorial.',
        '不对：和所有专利一样，它具有地域性。',
      ],
    ],
  ),
  choice(
    'START-BASICS-07',
    [T, 'trademark'],
    {
      en: 'A company learns that a trader applied for its brand in China and the application was published for opposition last month. Where do you send it first?',
      zh: '一家企业得知某贸易商在中国申请了其品牌，该申请上个月已初步审定公告。你首先应把它引导到哪里？',
    },
    [
      [
        'To a registered trade mark agency, to file an opposition before the three months run out',
        '引导至依法备案的商标代理机构，在三个月期满前提出异议',
        100,
        'Right: an opposition is the cheapest remedy, and its deadline is close.',
        '正确：异议是成本最低的救济途径，而且期限临近。',
      ],
      [
        'To the court, to claim damages',
        '引导至法院要求赔偿',
        0,
        'Not first: nothing is registered yet, and the opposition deadline is running.',
        '不是首选：商标尚未注册，而异议期限正在计算。',
      ],
      [
        'To customs, to record the brand',
        '引导至海关办理备案',
        0,
        'Customs recordation needs a registered right, which the company does not have.',
        '海关备案需要已注册的权利，而该企业尚没有。',
      ],
      [
        'Nowhere: it must wait until the mark is registered',
        '哪里都不用去：等商标注册后再说',
        0,
        'Waiting loses the opposition route and makes the fight slower and dearer.',
        '等待会失去异议途径，使维权更慢、更贵。',
      ],
    ],
  ),
];
