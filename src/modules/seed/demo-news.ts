import type { Bilingual } from '../../lib/bilingual.js';

/**
 * The seed document itself, as a bilingual news item. The English keeps the source's wording; only
 * the web page's "read more" link labels are left out and the ministry's name is given as MIIT
 * names itself (the source once inverts it).
 */
const EN = [
  'IPR2 is continuing its co-operation with the Ministry of Industry and Information Technology (MIIT) to ' +
    'implement two training sessions on IP management (Qingdao, 24-25 June and Xiamen, 28-29 June 2010) for ' +
    'officials from local department responsible for servicing industry, in particular small and medium-sized ' +
    'enterprises (SMEs). The training will involve some 100 local officials and aims to improve access to ' +
    'information relevant for their work in building a sustainable IP environment, in particular supporting ' +
    "SMEs' capacity to understand how to legally use, valorise and protect IPRs.",
  'This builds on previous capacity-building activities with MIIT which also involved local industry. The ' +
    'focus of these training sessions will be particularly aimed at building the capacity of local government ' +
    'agencies for wider dissemination of the training information.',
  'While Chinese companies are increasing registration and filing of IP rights, a large number of potential ' +
    'users are still not sufficiently aware of how to use and protect their intellectual capital, both at home ' +
    'and abroad. Enterprises that are aware of the use and importance of IP tend to prevent and lower the ' +
    'number of infringements. Therefore, raising knowledge through training and improving access to ' +
    'information and tools such as online training material, manuals and relevant IP information systems for ' +
    "MIIT's local personnel is crucial in helping to significantly increase the capacity of industry to " +
    'protect their IP using legal means.',
  'MIIT is the state agency in China responsible for regulation and development of the postal service, ' +
    'internet, wireless, broadcasting, communications, production of electronic and information goods, ' +
    'software industry and the promotion of the national knowledge economy. It is in charge for drafting ' +
    'industry policies, monitoring, promoting development of the industry, as well as determining relevant ' +
    'industry standards.',
  "This builds on training organised between IPR2 and MIIT and MOST in Beijing, Xi'an and Jiangyin in May " +
    '2009 and Shenyang, Fuzhou, Hangzhou in August 2009; and Shanghai, Guangzhou, Dongguan and Changzhou in ' +
    '2008, in which some 1200 members of industry and government officials have participated.',
  'For more information on IP management, contact Mr Benoit Misonne benoit.misonne@ipr2.org.',
  'For general information on IPR2, contact Ms Tamryn Barker tamryn.barker@ipr2.org.',
];

const ZH = [
  'IPR2继续与工业和信息化部（工信部）开展合作，为负责服务产业、特别是中小企业的地方部门官员举办两期知识产权' +
    '管理培训（2010年6月24日至25日在青岛、6月28日至29日在厦门举行）。培训将有约100名地方官员参加，旨在帮助' +
    '他们更好地获取建设可持续知识产权环境工作所需的信息，特别是支持中小企业增强理解如何依法运用、转化和保护' +
    '知识产权的能力。',
  '本次培训以此前与工业和信息化部共同开展、亦有地方企业参与的能力建设活动为基础，将着重提升地方政府机构的能力，' +
    '以便更广泛地传播培训内容。',
  '尽管中国企业的知识产权注册和申请数量不断增加，但仍有大量潜在用户对如何在国内外运用和保护其智力资本认识不足。' +
    '了解知识产权用途和重要性的企业往往能够预防并减少侵权行为。因此，通过培训普及知识，并为工业和信息化部' +
    '地方工作人员提供更便捷的信息和工具，如在线培训材料、手册和相关知识产权信息系统，对于大幅提升产业界依法' +
    '保护知识产权的能力至关重要。',
  '工业和信息化部是中国负责邮政、互联网、无线电、广播、通信、电子信息产品制造和软件产业的监管与发展，以及推动' +
    '国家知识经济发展的国家机构，负责起草产业政策、开展行业监测、促进产业发展并制定相关行业标准。',
  '此前，IPR2已与工业和信息化部、科学技术部合作，于2009年5月在北京、西安和江阴，2009年8月在沈阳、福州和杭州，' +
    '以及2008年在上海、广州、东莞和常州举办培训，约1200名企业界人士和政府官员参加。',
  '如需了解知识产权管理方面的更多信息，请联系Benoit Misonne先生（benoit.misonne@ipr2.org）。',
  '如需了解IPR2的一般信息，请联系Tamryn Barker女士（tamryn.barker@ipr2.org）。',
];

export const NEWS = {
  slug: 'ip-management-training-qingdao-xiamen-2010',
  title: {
    en: 'IP management training for local officials with MIIT: Qingdao and Xiamen, June 2010',
    zh: '与工业和信息化部合作举办地方官员知识产权管理培训：2010年6月，青岛、厦门',
  } satisfies Bilingual,
  summary: {
    en:
      'IPR2 and MIIT hold two training sessions on IP management for some 100 local officials who serve ' +
      'industry, in particular SMEs: Qingdao, 24-25 June, and Xiamen, 28-29 June 2010.',
    zh:
      'IPR2与工业和信息化部为约100名服务产业、特别是中小企业的地方官员举办两期知识产权管理培训：2010年6月24日' +
      '至25日在青岛，6月28日至29日在厦门。',
  } satisfies Bilingual,
  body: { en: EN.join('\n\n'), zh: ZH.join('\n\n') } satisfies Bilingual,
  source: 'ipr2.org',
  /**
   * The document announces the sessions of 24–29 June 2010 ("will involve") and gives no day of
   * its own: it is dated to that month, and shown as "June 2010", not as an invented day.
   */
  publishedAt: new Date('2010-06-01T00:00:00+08:00'),
  publishedPrecision: 'month' as const,
  /** The events the item announces. */
  citySlugs: ['qingdao', 'xiamen'],
};
