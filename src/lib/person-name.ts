import type { Lang } from './bilingual.js';

interface Named {
  name: string;
  honorific: string;
  /** The name as Chinese pages write it, title included (Benoit Misonne先生, 王丽处长). */
  nameZh: string;
}

/** A person's name for a page in `lang`: in Chinese their Chinese form when they have one. */
export const displayName = (p: Omit<Named, 'honorific'>, lang: Lang) => (lang === 'zh' && p.nameZh) || p.name;

/** A person's name with their title, as a contact is addressed: "Mr Benoit Misonne", "Benoit Misonne先生". */
export const addressedName = (p: Named, lang: Lang) =>
  (lang === 'zh' && p.nameZh) || [p.honorific, p.name].filter(Boolean).join(' ');
