import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import type { Translator } from '../../../web/i18n/index.js';

export interface MessageView {
  id: string;
  kind: 'answer' | 'reply' | 'note';
  authorName: string;
  body: string;
  createdAt: Date;
}

/** The question, then every answer and reply in order; notes only on the staff page. */
export function Conversation(p: {
  t: Translator;
  lang: Lang;
  question: string;
  receivedAt: Date;
  messages: MessageView[];
  forStaff: boolean;
}) {
  const { t, lang } = p;
  const heading = (m: MessageView) =>
    m.kind === 'answer'
      ? t('helpdesk.msg.answer', { name: m.authorName })
      : m.kind === 'note'
        ? t('helpdesk.msg.note', { name: m.authorName })
        : p.forStaff
          ? t('helpdesk.msg.replyStaff')
          : t('helpdesk.msg.reply');
  return (
    <ol class="helpdesk-conversation">
      <li class="helpdesk-msg question">
        <h3>
          {t('helpdesk.msg.question')} <span class="meta">{formatDateTime(p.receivedAt, lang)}</span>
        </h3>
        <p class="prewrap">{p.question}</p>
      </li>
      {p.messages.map((m) => (
        <li class={`helpdesk-msg ${m.kind}`}>
          <h3>
            {heading(m)} <span class="meta">{formatDateTime(m.createdAt, lang)}</span>
          </h3>
          <p class="prewrap">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
