import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { TextArea, TextField } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { ANSWER_LIMITS, type Question } from '../answers.js';

const fid = (q: Question) => `f-q-${q.id}`;

function Choices(p: {
  t: Translator;
  lang: Lang;
  q: Question;
  value: unknown;
  error?: string;
  multiple: boolean;
}) {
  const { q, lang } = p;
  const chosen = new Set((Array.isArray(p.value) ? p.value : [p.value]).map(String));
  const options =
    q.kind === 'yes_no'
      ? [
          { value: 'yes', label: p.t('common.yes') },
          { value: 'no', label: p.t('common.no') },
        ]
      : q.options.map((o) => ({ value: o.value, label: text(o.label, lang) }));
  const help = text(q.help, lang);
  const describedBy =
    [help ? `${fid(q)}-hint` : '', p.error ? `${fid(q)}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={p.error ? 'field choices has-error' : 'field choices'} aria-describedby={describedBy}>
      <legend>
        {text(q.label, lang)}
        {q.required ? null : <span class="optional">{p.t('common.optionalMark')}</span>}
      </legend>
      {help ? (
        <p class="hint" id={`${fid(q)}-hint`}>
          {help}
        </p>
      ) : null}
      {p.error ? (
        <p class="field-error" id={`${fid(q)}-error`}>
          {p.error}
        </p>
      ) : null}
      {options.map((o, i) => (
        <div class="choice">
          <input
            type={p.multiple ? 'checkbox' : 'radio'}
            id={i === 0 ? fid(q) : `${fid(q)}-${i}`}
            name={`q.${q.id}`}
            value={o.value}
            checked={chosen.has(o.value)}
            aria-invalid={p.error ? 'true' : undefined}
          />
          <label for={i === 0 ? fid(q) : `${fid(q)}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function QuestionField(p: { t: Translator; lang: Lang; q: Question; value: unknown; error?: string }) {
  const { q, t, lang } = p;
  const common = {
    t,
    name: `q.${q.id}`,
    label: text(q.label, lang),
    hint: text(q.help, lang) || undefined,
    error: p.error,
    required: q.required,
    value: typeof p.value === 'string' ? p.value : '',
  };
  switch (q.kind) {
    case 'short_text':
      return <TextField {...common} maxLength={ANSWER_LIMITS.short_text} />;
    case 'long_text':
      return <TextArea {...common} rows={4} maxLength={ANSWER_LIMITS.long_text} />;
    case 'date':
      return <TextField {...common} type="date" />;
    case 'yes_no':
    case 'single_choice':
      return <Choices t={t} lang={lang} q={q} value={p.value} error={p.error} multiple={false} />;
    case 'multiple_choice':
      return <Choices t={t} lang={lang} q={q} value={p.value} error={p.error} multiple />;
  }
}

/**
 * The questions that apply to the answers given so far. Without JavaScript a question that comes
 * to apply appears when the form is sent (the server asks for it before saving); with htmx the
 * block is fetched again whenever an answer changes. `shown` tells the server what was asked.
 */
export function QuestionFields(p: {
  t: Translator;
  lang: Lang;
  eventId: string;
  active: Question[];
  answers: Record<string, unknown>;
  errors?: FieldErrors;
}) {
  if (!p.active.length) return <div id="questions" />;
  return (
    <div
      id="questions"
      class="questions stack"
      data-hx-get={href(p.lang, `/events/${p.eventId}/register/questions`)}
      data-hx-trigger="change"
      data-hx-include="closest form"
      data-hx-target="this"
      data-hx-swap="outerHTML"
    >
      <input type="hidden" name="shown" value={p.active.map((q) => q.id).join(',')} />
      {p.active.map((q) => (
        <QuestionField t={p.t} lang={p.lang} q={q} value={p.answers[q.id]} error={p.errors?.[`q.${q.id}`]} />
      ))}
    </div>
  );
}
