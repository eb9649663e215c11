/**
 * The demo cascade: invented, and marked so wherever it shows ("Demo" in every session's title and
 * e-mail addresses at demo.example.org). It grows from the two 2010 trainings of the seed document
 * (Qingdao 24–25 June, Xiamen 28–29 June): a few of their participants became trainers and briefed
 * SMEs in the cities around, one session certified a trainer of the next tier, some SMEs came twice,
 * one session is queried and one still waits for verification.
 */

export const CASCADE_DEMO_NAME = 'demo-cascade-2010';

export const DEMO_CITIES = [
  { slug: 'jiaozhou', province: 'CN-SD', name: { en: 'Jiaozhou', zh: '胶州' }, lat: 36.2644, lon: 120.0335 },
  { slug: 'jimo', province: 'CN-SD', name: { en: 'Jimo', zh: '即墨' }, lat: 36.3895, lon: 120.4473 },
  { slug: 'jinjiang', province: 'CN-FJ', name: { en: 'Jinjiang', zh: '晋江' }, lat: 24.7814, lon: 118.5519 },
  { slug: 'shishi', province: 'CN-FJ', name: { en: 'Shishi', zh: '石狮' }, lat: 24.7318, lon: 118.6484 },
] as const;

export interface DemoParticipant {
  key: string;
  name: string;
  sex: 'female' | 'male';
  lang: 'en' | 'zh';
  /** The demo training they attended: 'qingdao' or 'xiamen' (the seed's 2010 events). */
  training: 'qingdao' | 'xiamen';
  /** Where they work, when they became a trainer. */
  trainerCity?: string;
}

export const DEMO_PARTICIPANTS: DemoParticipant[] = [
  { key: 'liu', name: '刘洋', sex: 'male', lang: 'zh', training: 'qingdao', trainerCity: 'jiaozhou' },
  { key: 'sun', name: '孙晓梅', sex: 'female', lang: 'zh', training: 'qingdao', trainerCity: 'jimo' },
  { key: 'zhou', name: '周鹏', sex: 'male', lang: 'zh', training: 'qingdao' },
  { key: 'gao', name: '高静', sex: 'female', lang: 'zh', training: 'qingdao' },
  { key: 'lin', name: '林志强', sex: 'male', lang: 'zh', training: 'xiamen', trainerCity: 'jinjiang' },
  { key: 'chen', name: '陈雅琴', sex: 'female', lang: 'en', training: 'xiamen', trainerCity: 'shishi' },
  { key: 'huang', name: '黄伟', sex: 'male', lang: 'zh', training: 'xiamen' },
];

export const demoEmail = (key: string) => `${key}@demo.example.org`;

export interface DemoAttendee {
  name: string;
  organisation: string;
  /** A valid unified social credit code (check character included) when the attendee gave one. */
  code?: string;
  email?: string;
  phone?: string;
  sector: string;
  sex: 'female' | 'male';
  isSme?: boolean;
}

export interface DemoSession {
  key: string;
  /** A trainer's participant key, or 'sun-2' for the second-tier trainer. */
  trainer: string;
  city: string;
  date: string;
  title: { en: string; zh: string };
  sector: string;
  plannedSize: number;
  claimed?: number;
  verification: 'pending' | 'verified' | 'queried' | 'rejected';
  query?: string;
  certifies?: boolean;
  attendees: DemoAttendee[];
}

const HAIDA = { organisation: '胶州海达机械有限公司', code: '91370281MA3C4X7Q12', sector: 'manufacturing' };
const MINGXIN = { organisation: '晋江明鑫鞋业有限公司', sector: 'textiles' };

export const DEMO_SESSIONS: DemoSession[] = [
  {
    key: 'jiaozhou-1',
    trainer: 'liu',
    city: 'jiaozhou',
    date: '2010-09-16',
    title: { en: 'Demo: trade marks for Jiaozhou manufacturers', zh: '演示：胶州制造企业商标讲座' },
    sector: 'manufacturing',
    plannedSize: 30,
    claimed: 26,
    verification: 'verified',
    attendees: [
      { name: '王建国', ...HAIDA, email: 'wang.jg@haida.demo.example.org', sex: 'male' },
      {
        name: '李娜',
        organisation: '胶州润丰食品有限公司',
        email: 'lina@runfeng.demo.example.org',
        sector: 'food',
        sex: 'female',
      },
      {
        name: '张磊',
        organisation: '青岛北辰电子科技有限公司',
        phone: '+86 138 0532 0001',
        sector: 'electronics',
        sex: 'male',
      },
      {
        name: '赵敏',
        organisation: '胶州市工业和信息化局',
        email: 'zhaomin@jz.demo.example.org',
        sector: 'government',
        sex: 'female',
        isSme: false,
      },
      {
        name: '马超',
        organisation: '胶州恒通物流有限公司',
        phone: '13805320002',
        sector: 'logistics',
        sex: 'male',
      },
    ],
  },
  {
    key: 'jimo-1',
    trainer: 'sun',
    city: 'jimo',
    date: '2010-10-21',
    title: { en: 'Demo: IP basics for Jimo garment makers', zh: '演示：即墨服装企业知识产权基础' },
    sector: 'textiles',
    plannedSize: 40,
    claimed: 45,
    verification: 'verified',
    certifies: true,
    attendees: [
      {
        name: '宋佳',
        organisation: '即墨锦绣服饰有限公司',
        email: 'songjia@jinxiu.demo.example.org',
        sector: 'textiles',
        sex: 'female',
      },
      {
        name: '韩冬',
        organisation: '即墨蓝海针织有限公司',
        phone: '13905320003',
        sector: 'textiles',
        sex: 'male',
      },
      // The same company as at Jiaozhou, under a shorter name: its credit code makes it one.
      {
        name: '王建国',
        organisation: '海达机械',
        code: HAIDA.code,
        email: 'Wang.JG@haida.demo.example.org',
        sector: 'manufacturing',
        sex: 'male',
      },
      {
        name: '冯丽',
        organisation: '即墨红叶纺织有限公司',
        email: 'fengli@hongye.demo.example.org',
        sector: 'textiles',
        sex: 'female',
      },
    ],
  },
  {
    key: 'jimo-2',
    trainer: 'sun-2',
    city: 'jimo',
    date: '2011-03-10',
    title: { en: 'Demo: protecting designs (second tier)', zh: '演示：外观设计保护（第二层级）' },
    sector: 'textiles',
    plannedSize: 20,
    verification: 'pending',
    attendees: [
      {
        name: '曹阳',
        organisation: '即墨锦绣服饰有限公司',
        email: 'caoyang@jinxiu.demo.example.org',
        sector: 'textiles',
        sex: 'male',
      },
      {
        name: '邓欣',
        organisation: '即墨北方制衣厂',
        phone: '13905320004',
        sector: 'textiles',
        sex: 'female',
      },
    ],
  },
  {
    key: 'jinjiang-1',
    trainer: 'lin',
    city: 'jinjiang',
    date: '2010-09-09',
    title: { en: 'Demo: brands and exports for Jinjiang shoemakers', zh: '演示：晋江鞋业品牌与出口' },
    sector: 'textiles',
    plannedSize: 50,
    claimed: 60,
    verification: 'verified',
    attendees: [
      { name: '吴海峰', ...MINGXIN, email: 'wuhf@mingxin.demo.example.org', sex: 'male' },
      {
        name: '郑秀英',
        organisation: '晋江华龙体育用品有限公司',
        email: 'zhengxy@hualong.demo.example.org',
        sector: 'textiles',
        sex: 'female',
      },
      {
        name: '许文',
        organisation: '晋江永兴陶瓷有限公司',
        phone: '+86 139 5950 0005',
        sector: 'ceramics',
        sex: 'male',
      },
      {
        name: '蔡琳',
        organisation: '晋江市市场监督管理局',
        email: 'cailin@jj.demo.example.org',
        sector: 'government',
        sex: 'female',
        isSme: false,
      },
    ],
  },
  {
    key: 'jinjiang-2',
    trainer: 'lin',
    city: 'jinjiang',
    date: '2010-12-02',
    title: { en: 'Demo: trade secrets in family firms', zh: '演示：家族企业的商业秘密保护' },
    sector: 'textiles',
    plannedSize: 30,
    claimed: 35,
    verification: 'queried',
    query: 'The sheet lists 3 names but 35 are claimed: is there a photo of the room or the paper sheet?',
    attendees: [
      // Briefed twice: the same person (same e-mail) and the same company (same name and city).
      { name: '吴海峰', ...MINGXIN, email: 'WUHF@mingxin.demo.example.org', sex: 'male' },
      {
        name: '杨帆',
        organisation: '晋江宏达机械有限公司',
        phone: '13959500006',
        sector: 'manufacturing',
        sex: 'male',
      },
      {
        name: '何静',
        organisation: '晋江明鑫鞋业',
        email: 'hejing@mingxin.demo.example.org',
        sector: 'textiles',
        sex: 'female',
      },
    ],
  },
  {
    key: 'shishi-1',
    trainer: 'chen',
    city: 'shishi',
    date: '2010-11-18',
    title: { en: 'Demo: IP for Shishi apparel exporters', zh: '演示：石狮服装出口企业知识产权' },
    sector: 'textiles',
    plannedSize: 25,
    verification: 'verified',
    attendees: [
      {
        name: '施丽华',
        organisation: '石狮凯盛服装有限公司',
        email: 'shilh@kaisheng.demo.example.org',
        sector: 'textiles',
        sex: 'female',
      },
      {
        name: 'Peter Wong',
        organisation: 'Shishi Harbour Trading Co., Ltd.',
        email: 'peter@harbour.demo.example.org',
        sector: 'trade',
        sex: 'male',
      },
      {
        name: '黄美玲',
        organisation: '石狮永宁织造厂',
        phone: '13959500007',
        sector: 'textiles',
        sex: 'female',
      },
    ],
  },
];

/** The attendee of the Jimo session certified as a trainer of the next tier (by the session's trainer). */
export const SECOND_TIER = { session: 'jimo-1', attendeeName: '宋佳', trainerKey: 'sun-2' } as const;
