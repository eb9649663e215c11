import { text } from '../../lib/bilingual.js';
import { formatDateRange, formatDateTime } from '../../lib/dates.js';
import type { MailMessage } from '../../lib/mail.js';
import { translator } from '../../web/i18n/index.js';
import { feedbackUrl } from './keys.js';
import type { RegistrantFeedback } from './registrant.js';
import type { InvitationKind } from './schema.js';

/** The invitation to the pre-test, or to the post-test and survey after the event, in the registrant's language. */
export function invitationMail(
  me: RegistrantFeedback,
  kind: InvitationKind,
  o: { siteUrl: string; secret: string; questions: number },
): MailMessage {
  const reg = me.registration;
  const lang = reg.lang;
  const t = translator(lang);
  const title = text(me.event.title, lang);
  const url = feedbackUrl(o.siteUrl, o.secret, reg);
  const dates = formatDateRange(me.event.startDate, me.event.endDate, me.event.datePrecision, lang);
  const body = [t('mail.greeting', { name: reg.name || reg.email }), ''];
  if (kind === 'pre') {
    body.push(
      t('feedback.mail.pre.intro', { title, count: o.questions }),
      '',
      `${t('feedback.mail.event')} ${title}`,
      `${t('feedback.mail.dates')} ${dates}`,
      '',
      t('feedback.mail.pre.action', { closes: formatDateTime(me.windows.preClosesAt, lang) }),
      url,
      '',
      t('feedback.mail.scoresSeen'),
    );
  } else {
    body.push(t('feedback.mail.after.intro', { title }), '');
    if (me.post.state === 'open') body.push(`- ${t('feedback.mail.after.test')}`);
    if (me.survey.state === 'open') body.push(`- ${t('feedback.mail.after.survey')}`);
    body.push(
      '',
      t('feedback.mail.after.action', { closes: formatDateTime(me.windows.postClosesAt, lang) }),
      url,
    );
  }
  body.push('', t('feedback.mail.ownLink'), '', t('mail.signature'));
  return {
    to: reg.email,
    subject: t(kind === 'pre' ? 'feedback.mail.pre.subject' : 'feedback.mail.after.subject', { title }),
    text: body.join('\n'),
  };
}
