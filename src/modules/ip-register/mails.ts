/** The register's e-mails, each in its recipient's language. */
import { type Bilingual, type Lang, text } from '../../lib/bilingual.js';
import { formatDate, formatNumber } from '../../lib/dates.js';
import type { MailMessage } from '../../lib/mail.js';
import { type MessageKey, translator } from '../../web/i18n/index.js';
import { basisIn } from './compute.js';
import { daysBetween } from './engine/dates.js';
import type { Deadline } from './engine/types.js';
import { inGrace } from './grace.js';
import { surchargeText } from './grace-text.js';
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
  const grace = inGrace(d, p.today);
  const days = daysBetween(p.today, grace ? d.graceEnds! : d.due);
  // Chinese text takes full-width punctuation.
  const field = (label: string, value: string) => `${label}${p.lang === 'zh' ? '：' : ': '}${value}`;
  const aside = (s: string) => (p.lang === 'zh' ? `（${s}）` : ` (${s})`);
  const daysLeft = aside(t('ip.mail.reminder.daysLeft', { count: formatNumber(days, p.lang) }));
  const organisation = text(p.organisation, p.lang);
  const lines = [
    t('mail.greeting', { name: p.name || p.to }),
    '',
    grace ? t('ip.mail.grace.intro', { organisation }) : t('ip.mail.reminder.intro', { organisation }),
    '',
    field(
      t('ip.mail.reminder.right'),
      `${title}${type ? aside(`${t(`ip.type.${type.key}` as MessageKey)}${numbers ? `${p.lang === 'zh' ? '，' : ', '}${numbers}` : ''}`) : ''}`,
    ),
    field(t('ip.mail.reminder.deadline'), text(d.label, p.lang)),
  ];
  if (grace) {
    lines.push(
      field(t('ip.mail.grace.missed'), `${date(d.due)}${aside(t('ip.grace.passed'))}`),
      field(t('ip.schedule.graceEnds'), `${date(d.graceEnds!)}${daysLeft}`),
    );
    if (d.surcharge) lines.push(field(t('ip.schedule.surcharge'), text(d.surcharge.label, p.lang)));
    // Where the surcharge grows month by month, what paying today costs and when it rises.
    if (d.surcharge?.tiers?.length) {
      lines.push(field(t('ip.mail.grace.today'), surchargeText(t, p.lang, d.surcharge, p.today)));
    }
    lines.push(d.lapsesOn ? t('ip.mail.grace.lapses', { date: date(d.lapsesOn) }) : t('ip.mail.grace.lost'));
  } else {
    lines.push(field(t('ip.mail.reminder.due'), `${date(d.due)}${daysLeft}`));
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
  }
  lines.push(field(t('ip.schedule.basis'), basisIn(d.basis, p.lang)));
  if (d.uncertain) lines.push('', field(t('ip.schedule.uncertain'), text(d.uncertain.reason, p.lang)));
  if (d.calendarMissing?.length) {
    lines.push(
      t('ip.schedule.calendarMissing', { years: d.calendarMissing.map((m) => m.split(':')[1]).join(', ') }),
    );
  }
  lines.push('', t('ip.mail.reminder.open'), p.link, '');
  if (grace) lines.push(t('ip.mail.grace.markDone'), '');
  lines.push(
    p.responsible ? t('ip.mail.reminder.whyResponsible') : t('ip.mail.reminder.whyMember'),
    '',
    t('mail.signature'),
  );
  const subject = grace
    ? t('ip.mail.grace.subject', { date: date(d.graceEnds!), deadline: text(d.label, p.lang), title })
    : t('ip.mail.reminder.subject', { date: date(d.due), deadline: text(d.label, p.lang), title });
  return { to: p.to, subject, text: lines.join('\n') };
}
