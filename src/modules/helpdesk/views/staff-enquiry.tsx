import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import {
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  SelectField,
  TextArea,
} from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { dueDayText } from '../mails.js';
import type { EnquiryRow, trailOf } from '../queries.js';
import { Conversation, type MessageView } from './conversation.js';
import { provinceOptions, statusLabel, topicLabel } from './options.js';

export interface StaffEnquiryProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  enquiry: EnquiryRow;
  messages: MessageView[];
  trail: Awaited<ReturnType<typeof trailOf>>;
  experts: { id: string; name: string; email: string }[];
  templates: { id: string; title: string; body: string }[];
  manager: boolean;
  actorId: string;
  errors?: FieldErrors;
  message?: string;
  /** The answer box's text (a template inserted, or what was sent back with an error). */
  draft: string;
}

function Action(p: { t: Translator; csrfToken: string; action: string; label: string; children?: unknown }) {
  return (
    <form method="post" action={p.action} class="inline-form">
      <HiddenFormFields csrfToken={p.csrfToken} />
      {p.children as never}
      <button type="submit" class="button">
        {p.label}
      </button>
    </form>
  );
}

/** An enquiry as experts and managers see it: the conversation with notes, answer box, routing and history. */
export function StaffEnquiryPage(p: StaffEnquiryProps) {
  const { t, lang, enquiry: e, errors = {} } = p;
  const base = href(lang, `/helpdesk/enquiries/${e.id}`);
  const province = provinceOptions(lang).find((o) => o.value === e.province)?.label;
  const mayAnswer =
    e.status !== 'closed' && (p.manager || e.assignedTo === null || e.assignedTo === p.actorId);
  const replyLang = e.lang === 'zh' ? t('helpdesk.lang.zh') : t('helpdesk.lang.en');
  return (
    <div class="wrap helpdesk-staff">
      <PageHeader
        title={`${e.name} · ${topicLabel(t, e.topic)}`}
        crumbs={[{ href: href(lang, '/helpdesk/queue'), label: t('helpdesk.queue.title') }]}
      />
      <ErrorSummary t={t} errors={errors} message={p.message} />
      <dl class="facts">
        <dt>{t('helpdesk.enquiry.status')}</dt>
        <dd>{statusLabel(t, e.status)}</dd>
        <dt>{t('helpdesk.staff.contact')}</dt>
        <dd>
          {e.email} · {replyLang}
          {province ? ` · ${province}` : ''}
        </dd>
        <dt>{t('helpdesk.enquiry.received')}</dt>
        <dd>{formatDateTime(e.receivedAt, lang)}</dd>
        <dt>{t('helpdesk.enquiry.due')}</dt>
        <dd>{dueDayText(e.dueBy, lang)}</dd>
        {e.ipRight ? (
          <>
            <dt>{t('helpdesk.field.right')}</dt>
            <dd>{t(`helpdesk.right.${e.ipRight}` as MessageKey)}</dd>
          </>
        ) : null}
        <dt>{t('helpdesk.field.jurisdiction')}</dt>
        <dd>{t(`helpdesk.jurisdiction.${e.jurisdiction}` as MessageKey)}</dd>
        {e.source ? (
          <>
            <dt>{t('helpdesk.staff.from')}</dt>
            <dd>{t(`helpdesk.source.${e.source}` as MessageKey)}</dd>
          </>
        ) : null}
        {e.rating ? (
          <>
            <dt>{t('helpdesk.rate.title')}</dt>
            <dd>
              {t('helpdesk.staff.rating', { rating: e.rating })}
              {e.ratingComment ? ` — ${e.ratingComment}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <Conversation
        t={t}
        lang={lang}
        question={e.question}
        receivedAt={e.receivedAt}
        messages={p.messages}
        forStaff
      />
      {mayAnswer ? (
        <section aria-labelledby="h-answer">
          <h2 id="h-answer">{t('helpdesk.staff.answer')}</h2>
          {p.templates.length ? (
            <form method="get" action={base} class="inline-form">
              <SelectField
                t={t}
                name="template"
                label={t('helpdesk.staff.template')}
                options={p.templates.map((x) => ({ value: x.id, label: x.title }))}
                empty={t('helpdesk.choose')}
              />
              <button type="submit" class="button">
                {t('helpdesk.staff.template.use')}
              </button>
            </form>
          ) : null}
          <form method="post" action={`${base}/answer`}>
            <HiddenFormFields csrfToken={p.csrfToken} />
            <TextArea
              t={t}
              name="body"
              label={t('helpdesk.staff.answer')}
              hint={t('helpdesk.staff.answer.hint', { lang: replyLang })}
              value={p.draft}
              error={errors.body}
              required
              rows={10}
              maxLength={20000}
              lang={e.lang === 'zh' ? 'zh-CN' : 'en'}
            />
            <button type="submit" class="button primary">
              {t('helpdesk.staff.answer.send')}
            </button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="h-note">
        <h2 id="h-note">{t('helpdesk.staff.note')}</h2>
        <form method="post" action={`${base}/note`}>
          <HiddenFormFields csrfToken={p.csrfToken} />
          <TextArea
            t={t}
            name="note"
            label={t('helpdesk.staff.note')}
            hint={t('helpdesk.staff.note.hint')}
            error={errors.note}
            rows={3}
            maxLength={20000}
          />
          <button type="submit" class="button">
            {t('helpdesk.staff.note.add')}
          </button>
        </form>
      </section>
      <section class="helpdesk-actions">
        {p.manager && (e.status === 'new' || e.status === 'assigned') && p.experts.length ? (
          <Action
            t={t}
            csrfToken={p.csrfToken}
            action={`${base}/assign`}
            label={t('helpdesk.staff.assign.send')}
          >
            <SelectField
              t={t}
              name="expertId"
              label={t('helpdesk.staff.assign')}
              options={p.experts.map((x) => ({ value: x.id, label: x.name || x.email }))}
              value={e.assignedTo ?? ''}
              empty={t('helpdesk.queue.unassigned')}
            />
          </Action>
        ) : null}
        <Action
          t={t}
          csrfToken={p.csrfToken}
          action={`${base}/status`}
          label={e.status === 'closed' ? t('helpdesk.staff.reopen') : t('helpdesk.staff.close')}
        >
          <input type="hidden" name="to" value={e.status === 'closed' ? 'open' : 'closed'} />
        </Action>
        {p.manager && e.firstAnsweredAt ? (
          <p>
            <a class="button" href={`${base}/faq`}>
              {t('helpdesk.staff.faq')}
            </a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="h-trail">
        <h2 id="h-trail">{t('helpdesk.staff.trail')}</h2>
        <ul class="helpdesk-trail">
          {p.trail.map((r) => (
            <li>
              <span class="meta">{formatDateTime(r.at, lang)}</span>{' '}
              {t('helpdesk.staff.trail.row', {
                from: r.fromStatus ? statusLabel(t, r.fromStatus) : '–',
                to: statusLabel(t, r.toStatus),
              })}
              {r.actorName ? ` ${t('helpdesk.staff.trail.by', { name: r.actorName })}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
