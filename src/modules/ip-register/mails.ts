/** The register's e-mails, each in its recipient's language. */
import { type Bilingual, type Lang, text } from '../../lib/bilingual.js';
import { formatDate, formatNumber } from '../../lib/dates.js';
import type { MailMessage } from '../../lib/mail.js';
import { type MessageKey, translator } from '../../web/i18n/index.js';
import { daysBetween } from './engine/dates.js';
import type { Deadline } from './engine/types.js';
import { rightType } from './kinds.js';

export function shareMail(p: {
  to: string;
  name: string;
  lang: Lang;
  organisation: Bilingual;
  sharedBy: string;
  link: string;
}): MailMessage {
  const t = translator(p.lang);
  const organisation = text(p.organisation, p.lang);
  return {
    to: p.to,
    subject: t('ip.mail.share.subject', { organisation }),
    text: [
      t('mail.greeting', { name: p.name || p.to }),
      '',
      t('ip.mail.share.intro', { organisation, person: p.sharedBy }),
      '',
      p.link,
      '',
      t('ip.mail.share.account'),
      '',
      t('mail.signature'),
    ].join('\n'),
  };
}

export interface ReminderFacts {
  to: string;
  name: string;
  lang: Lang;
  organisation: Bilingual;
  right: {
    title: Bilingual;
    jurisdiction: string;
    rightKind: string;
    applicationNumber: string;
    registrationNumber: string;
  };
  deadline: Deadline;
  today: string;
  link: string;
  /** Named responsible for the right, or written to as a member of the organisation because nobody is. */
  responsible: boolean;
}

/** A deadline reminder: what is due, by when, the window and grace, the basis, and any unsettled point. */
export function reminderMail(p: ReminderFacts): MailMessage {
  const t = translator(p.lang);
  const d = p.deadline;
  const date = (iso: string) => formatDate(iso, p.lang);
  const title = text(p.right.title, p.lang);
  const type = rightType(p.right.jurisdiction, p.right.rightKind);
  const numbers = [p.right.registrationNumber, p.right.applicationNumber].filter(Boolean).join(', ');
  const days = daysBetween(p.today, d.due);
  // Chinese text takes full-width punctuation.
  const field = (label: string, value: string) => `${label}${p.lang === 'zh' ? '：' : ': '}${value}`;
  const aside = (s: string) => (p.lang === 'zh' ? `（${s}）` : ` (${s})`);
  const lines = [
    t('mail.greeting', { name: p.name || p.to }),
    '',
    t('ip.mail.reminder.intro', { organisation: text(p.organisation, p.lang) }),
    '',
    field(
      t('ip.mail.reminder.right'),
      `${title}${type ? aside(`${t(`ip.type.${type.key}` as MessageKey)}${numbers ? `${p.lang === 'zh' ? '，' : ', '}${numbers}` : ''}`) : ''}`,
    ),
    field(t('ip.mail.reminder.deadline'), text(d.label, p.lang)),
    field(
      t('ip.mail.reminder.due'),
      `${date(d.due)}${aside(t('ip.mail.reminder.daysLeft', { count: formatNumber(days, p.lang) }))}`,
    ),
  ];
  if (d.dueRaw !== d.due) lines.push(t('ip.mail.reminder.rolled', { raw: date(d.dueRaw) }));
  if (d.opens) lines.push(field(t('ip.schedule.opens'), date(d.opens)));
  if (d.graceEnds) {
    lines.push(
      field(
        t('ip.schedule.graceEnds'),
        `${date(d.graceEnds)}${d.surcharge ? aside(text(d.surcharge.label, p.lang)) : ''}`,
      ),
    );
  }
  lines.push(field(t('ip.schedule.basis'), d.basis));
  if (d.uncertain) lines.push('', field(t('ip.schedule.uncertain'), text(d.uncertain.reason, p.lang)));
  if (d.calendarMissing?.length) {
    lines.push(
      t('ip.schedule.calendarMissing', { years: d.calendarMissing.map((m) => m.split(':')[1]).join(', ') }),
    );
  }
  lines.push(
    '',
    t('ip.mail.reminder.open'),
    p.link,
    '',
    p.responsible ? t('ip.mail.reminder.whyResponsible') : t('ip.mail.reminder.whyMember'),
    '',
    t('mail.signature'),
  );
  return {
    to: p.to,
    subject: t('ip.mail.reminder.subject', { date: date(d.due), deadline: text(d.label, p.lang), title }),
    text: lines.join('\n'),
  };
}
