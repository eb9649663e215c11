import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import {
  ErrorSummary,
  HiddenFormFields,
  Notice,
  PageHeader,
  SelectField,
  TextArea,
} from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { dueDayText } from '../mails.js';
import type { EnquiryRow } from '../queries.js';
import { Conversation, type MessageView } from './conversation.js';
import { statusLabel, topicLabel } from './options.js';

/** The enquirer's own page, opened by the private link: status, answers, reply, rating. */
export function EnquirerPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  action: string;
  enquiry: EnquiryRow;
  messages: MessageView[];
  errors?: FieldErrors;
  done?: string;
}) {
  const { t, lang, enquiry: e, errors = {} } = p;
  const answered = p.messages.some((m) => m.kind === 'answer');
  return (
    <div class="wrap narrow helpdesk-enquiry">
      <PageHeader title={t('helpdesk.enquiry.title')} />
      {p.done === 'reply' ? <Notice kind="success">{t('helpdesk.reply.sent')}</Notice> : null}
      {p.done === 'rated' && e.rating ? (
        <Notice kind="success">{t('helpdesk.rate.thanks', { rating: e.rating })}</Notice>
      ) : null}
      <ErrorSummary t={t} errors={errors} />
      <dl class="facts">
        <dt>{t('helpdesk.enquiry.status')}</dt>
        <dd>{statusLabel(t, e.status)}</dd>
        <dt>{t('helpdesk.enquiry.topic')}</dt>
        <dd>{topicLabel(t, e.topic)}</dd>
        <dt>{t('helpdesk.enquiry.received')}</dt>
        <dd>{formatDateTime(e.receivedAt, lang)}</dd>
        <dt>{t('helpdesk.enquiry.due')}</dt>
        <dd>{dueDayText(e.dueBy, lang)}</dd>
      </dl>
      <h2>{t('helpdesk.enquiry.conversation')}</h2>
      <Conversation
        t={t}
        lang={lang}
        question={e.question}
        receivedAt={e.receivedAt}
        messages={p.messages}
        forStaff={false}
      />
      {answered ? null : <p class="meta">{t('helpdesk.enquiry.noAnswer')}</p>}
      <section aria-labelledby="h-reply">
        <h2 id="h-reply">{t('helpdesk.reply.title')}</h2>
        <form method="post" action={`${p.action}/reply`}>
          <HiddenFormFields csrfToken={p.csrfToken} />
          <TextArea
            t={t}
            name="body"
            label={t('helpdesk.reply.field')}
            hint={t('helpdesk.reply.hint')}
            error={errors.body}
            required
            rows={5}
            maxLength={20000}
          />
          <button type="submit" class="button">
            {t('helpdesk.reply.send')}
          </button>
        </form>
      </section>
      {answered ? (
        <section aria-labelledby="h-rate">
          <h2 id="h-rate">{t('helpdesk.rate.title')}</h2>
          <form method="post" action={`${p.action}/rate`}>
            <HiddenFormFields csrfToken={p.csrfToken} />
            <SelectField
              t={t}
              name="rating"
              label={t('helpdesk.rate.field')}
              options={['5', '4', '3', '2', '1'].map((v) => ({ value: v, label: v }))}
              value={e.rating ? String(e.rating) : ''}
              empty={t('helpdesk.choose')}
              error={errors.rating}
              required
            />
            <TextArea
              t={t}
              name="comment"
              label={t('helpdesk.rate.comment')}
              value={e.ratingComment}
              error={errors.comment}
              rows={3}
              maxLength={2000}
            />
            <button type="submit" class="button">
              {t('helpdesk.rate.send')}
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
