import { choice, matching, numeric, type StarterQuestion, trueFalse } from './types.js';

const T = 'starter-trademarks';
const TM = 'trademark';

/** Questions for the SMEs' trade mark course: renewal, squatting and fairs abroad. */
export const TM_KEEP_QUESTIONS: StarterQuestion[] = [
  numeric(
    'START-TM-08',
    [T, TM],
    {
      en: 'How many months of grace does China allow after a trade mark registration expires, for a renewal with an extra fee?',
      zh: '中国商标注册有效期满后，给予几个月的宽展期（须缴纳额外费用）用于续展？',
    },
    [
      [
        6,
        100,
        'Right: six months of grace, after which the registration is cancelled.',
        '正确：六个月宽展期，期满后注销注册。',
      ],
      [
        12,
        0,
        'Twelve months is the window before expiry, not the grace period after it.',
        '十二个月是期满前的续展期，不是期满后的宽展期。',
      ],
      [3, 0, 'Three months is the opposition period.', '三个月是异议期。'],
      [null, 0, 'The grace period is six months.', '宽展期为六个月。'],
    ],
  ),
  trueFalse(
    'START-TM-09',
    [T, TM, 'eu'],
    {
      en: 'An EU trade mark lasts ten years from its filing date and can be renewed.',
      zh: '欧盟商标自申请日起有效期十年，可以续展。',
    },
    true,
    {
      en: 'Right: unlike a Chinese mark, the EU term counts from the filing date.',
      zh: '正确：与中国商标不同，欧盟商标的期限自申请日起计算。',
    },
    {
      en: 'Not so: an EUTM runs ten years from filing and is renewable.',
      zh: '不对：欧盟商标自申请日起十年，可以续展。',
    },
  ),
  choice(
    'START-TM-10',
    [T, TM],
    {
      en: "A squatter's application for your brand was published for opposition in China. What is the cheapest and fastest response?",
      zh: '抢注你品牌的申请已在中国初步审定公告。最便宜、最快的应对方式是什么？',
    },
    [
      [
        'File an opposition within three months of publication',
        '在公告之日起三个月内提出异议',
        100,
        'Right: opposition stops the mark before it is registered.',
        '正确：异议可在商标注册前将其阻止。',
      ],
      [
        'Wait three years and ask for cancellation for non-use',
        '等三年后申请撤销连续三年不使用的商标',
        0,
        'Possible later, but slow; the squatter meanwhile owns the mark.',
        '以后可以，但很慢；在此期间商标归抢注者所有。',
      ],
      [
        'Buy the mark from the squatter',
        '向抢注者购买商标',
        0,
        'It rewards the squatter; weigh it against opposition first.',
        '这会让抢注者获利，应先考虑异议。',
      ],
      [
        "Ask customs to seize the squatter's goods",
        '请海关扣押抢注者的货物',
        0,
        'You have no registered right that customs could enforce.',
        '你没有可供海关执法的注册权利。',
      ],
    ],
  ),
  matching(
    'START-TM-11',
    [T, TM],
    {
      en: 'Match each remedy against a squatted mark with its time limit in China.',
      zh: '请将针对抢注商标的救济途径与其在中国的期限配对。',
    },
    [
      [
        'Opposition',
        '异议',
        'Within 3 months of publication',
        '公告之日起3个月内',
        'Right: oppositions follow the publication of the application.',
        '正确：异议在申请公告后提出。',
      ],
      [
        'Invalidation based on earlier rights',
        '基于在先权利的无效宣告',
        'Generally within 5 years of registration',
        '一般在注册之日起5年内',
        'Right: except against bad-faith registration of a well-known mark.',
        '正确：恶意抢注驰名商标的除外。',
      ],
      [
        'Cancellation for non-use',
        '不使用撤销',
        'After 3 consecutive years without use',
        '连续3年不使用之后',
        'Right: anyone may request it.',
        '正确：任何人都可以申请。',
      ],
    ],
  ),
  choice(
    'START-TM-12',
    [T, TM],
    {
      en: 'Which steps help a company before a trade fair abroad? Choose all that apply.',
      zh: '在海外参展前，哪些措施对企业有帮助？请选择所有正确选项。',
    },
    [
      [
        'File its mark in the country of the fair (or designate it through Madrid)',
        '在展会所在国申请商标（或通过马德里体系指定）',
        50,
        'Right: registration takes months, so file well before the fair.',
        '正确：注册需要数月，应在展会前尽早申请。',
      ],
      [
        'Bring evidence of its registrations to the fair',
        '携带注册证明参展',
        50,
        'Right: evidence lets organisers and authorities act quickly.',
        '正确：有证据，主办方和执法部门才能迅速处理。',
      ],
      [
        'Show new designs publicly first and file afterwards',
        '先公开展示新设计，再申请',
        -50,
        'Wrong: showing a design first can destroy its novelty.',
        '错误：先展示可能破坏设计的新颖性。',
      ],
      [
        'Rely on its Chinese registration abroad',
        '依靠其在中国的注册在海外维权',
        -50,
        'Wrong: a Chinese registration does not protect abroad.',
        '错误：中国注册在海外不受保护。',
      ],
    ],
  ),
  trueFalse(
    'START-TM-13',
    [T, TM],
    {
      en: 'Since 2019, CNIPA can refuse a trade mark application filed in bad faith without any intent to use it.',
      zh: '自2019年起，国家知识产权局可以驳回不以使用为目的的恶意商标注册申请。',
    },
    true,
    {
      en: 'Right: Article 4 of the Trade Mark Law, which helps against bulk squatters.',
      zh: '正确：《商标法》第四条，有助于打击批量抢注。',
    },
    {
      en: 'Not so: the 2019 amendment added this ground (Article 4).',
      zh: '不对：2019年修正增加了这一驳回理由（第四条）。',
    },
  ),
  choice(
    'START-TM-14',
    [T, TM],
    {
      en: 'For the first five years, what happens to an international registration under Madrid if the Chinese base mark is cancelled?',
      zh: '在马德里体系下，国际注册的前五年内，如果中国基础商标被撤销，国际注册会怎样？',
    },
    [
      [
        'It falls too, but can be transformed into national filings within three months keeping its date',
        '随之失效，但可在三个月内转为各国申请并保留原日期',
        100,
        'Right: this is the "central attack"; transformation limits the damage.',
        '正确：这就是"中心打击"，转换可以减少损失。',
      ],
      [
        'Nothing: it is independent from the start',
        '不受影响：从一开始就是独立的',
        0,
        'Not during the first five years.',
        '前五年内并非如此。',
      ],
      [
        'It is automatically converted into an EU trade mark',
        '自动转为欧盟商标',
        0,
        'No automatic conversion exists; the holder must act.',
        '不存在自动转换，持有人须主动办理。',
      ],
      [
        'It stays in force in the EU only',
        '仅在欧盟继续有效',
        0,
        'The dependence applies to every designation.',
        '依附关系适用于所有被指定国。',
      ],
    ],
  ),
];
