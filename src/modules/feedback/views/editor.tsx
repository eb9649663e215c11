import type { Lang } from '../../../lib/bilingual.js';
import { BilingualField, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { LIMITS, type QuestionInput } from '../question-input.js';
import { type Instrument, KINDS_OF } from '../schema.js';
import { Summary } from './summary.js';

export interface EditorProps {
  t: Translator;
  lang: Lang;
  instrument: Instrument;
  eventTitle: string;
  action: string;
  back: string;
  csrfToken: string;
  questions: QuestionInput[];
  /** People have answered: what may change is limited (see `save-questions.ts`). */
  locked: boolean;
  /** Survey questions with answers: they stay, of their kind. */
  answered?: Set<string>;
  errors?: FieldErrors;
  /** The list differs from what is stored (a question added, moved or removed, not yet saved). */
  unsaved?: boolean;
  saved?: boolean;
}

/** One choice on one line: its English and Chinese text and whether it is right. */
function Option(p: {
  t: Translator;
  name: string;
  n: number;
  o: NonNullable<QuestionInput['options']>[number];
  locked: boolean;
  errors?: FieldErrors;
}) {
  const { t } = p;
  const id = `f-${p.name.replace(/\./g, '-')}`;
  const error = p.errors?.[`${p.name}.label.en`] ?? p.errors?.[`${p.name}.label`];
  const input = (lang: 'en' | 'zh') => (
    <div class="field">
      <label for={`${id}-label-${lang}`}>
        {t('feedback.editor.choice', { n: p.n })} ·{' '}
        {lang === 'en' ? t('common.english') : t('common.chinese')}
      </label>
      <input
        type="text"
        id={`${id}-label-${lang}`}
        name={`${p.name}.label.${lang}`}
        value={p.o.label?.[lang] ?? ''}
        maxlength={LIMITS.option}
        lang={lang === 'zh' ? 'zh-CN' : 'en'}
        aria-invalid={error && lang === 'en' ? 'true' : undefined}
      />
    </div>
  );
  return (
    <div class={error ? 'option-row has-error' : 'option-row'}>
      {p.o.value ? <input type="hidden" name={`${p.name}.value`} value={p.o.value} /> : null}
      {error ? <p class="field-error">{error}</p> : null}
      {input('en')}
      {input('zh')}
      {p.locked ? (
        <p class="fixed-correct">
          {p.o.correct ? (
            <>
              <input type="hidden" name={`${p.name}.correct`} value="on" />
              <span class="tag tag-correct">{t('feedback.editor.correct')}</span>
            </>
          ) : null}
        </p>
      ) : (
        <div class="field checkbox">
          <input
            type="checkbox"
            id={`${id}-correct`}
            name={`${p.name}.correct`}
            checked={p.o.correct === true}
          />
          <label for={`${id}-correct`}>{t('feedback.editor.isCorrect', { n: p.n })}</label>
        </div>
      )}
    </div>
  );
}

function QuestionBlock(p: EditorProps & { q: QuestionInput; i: number; count: number }) {
  const { t, q, i, instrument } = p;
  const name = `questions.${i}`;
  const fixed = p.locked && (instrument === 'test' || (!!q.id && !!p.answered?.has(q.id)));
  const n = i + 1;
  const err = (k: string) => p.errors?.[`${name}.${k}`];
  return (
    <fieldset class="question-editor" id={`f-questions-${i}`}>
      <legend>{t('feedback.editor.question', { n })}</legend>
      {p.errors?.[name] ? <p class="field-error">{p.errors[name]}</p> : null}
      {q.id ? <input type="hidden" name={`${name}.id`} value={q.id} /> : null}
      {fixed ? (
        <>
          <input type="hidden" name={`${name}.kind`} value={q.kind} />
          <p class="meta">{t(`feedback.kind.${q.kind}` as MessageKey)}</p>
        </>
      ) : (
        <div class={err('kind') ? 'field has-error' : 'field'}>
          <label for={`f-questions-${i}-kind`}>{t('feedback.editor.kind')}</label>
          {err('kind') ? <p class="field-error">{err('kind')}</p> : null}
          <select id={`f-questions-${i}-kind`} name={`${name}.kind`}>
            {KINDS_OF[instrument].map((k) => (
              <option value={k} selected={q.kind === k}>
                {t(`feedback.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      )}
      <BilingualField
        t={t}
        name={`${name}.prompt`}
        label={instrument === 'test' ? t('feedback.editor.prompt') : t('feedback.editor.statement')}
        hint={instrument === 'survey' ? t('feedback.editor.statementHint') : undefined}
        value={{ en: q.prompt?.en ?? '', zh: q.prompt?.zh ?? '' }}
        errors={p.errors}
        maxLength={LIMITS.prompt}
        required
      />
      {instrument === 'survey' ? (
        <div class="field checkbox">
          <input
            type="checkbox"
            id={`f-questions-${i}-required`}
            name={`${name}.required`}
            checked={q.required === true}
          />
          <label for={`f-questions-${i}-required`}>{t('feedback.editor.required')}</label>
        </div>
      ) : (
        <>
          <fieldset class={err('options') ? 'options has-error' : 'options'} id={`f-questions-${i}-options`}>
            <legend>{t('feedback.editor.choices')}</legend>
            <p class="hint">
              {p.locked ? t('feedback.editor.choicesLocked') : t('feedback.editor.choicesHint')}
            </p>
            {err('options') ? <p class="field-error">{err('options')}</p> : null}
            {(q.options ?? []).map((o, j) => (
              <Option
                t={t}
                name={`${name}.options.${j}`}
                n={j + 1}
                o={o}
                locked={p.locked}
                errors={p.errors}
              />
            ))}
          </fieldset>
          <BilingualField
            t={t}
            name={`${name}.explanation`}
            label={t('feedback.editor.explanation')}
            hint={t('feedback.editor.explanationHint')}
            value={{ en: q.explanation?.en ?? '', zh: q.explanation?.zh ?? '' }}
            errors={p.errors}
            multiline
            rows={2}
            maxLength={LIMITS.explanation}
          />
        </>
      )}
      <div class="row-actions editor-actions">
        {i > 0 ? (
          <button type="submit" class="small" name="_action" value={`up:${i}`}>
            {t('feedback.editor.up', { n })}
          </button>
        ) : null}
        {i < p.count - 1 ? (
          <button type="submit" class="small" name="_action" value={`down:${i}`}>
            {t('feedback.editor.down', { n })}
          </button>
        ) : null}
        {instrument === 'test' && !p.locked && (q.options?.length ?? 0) < LIMITS.options ? (
          <button type="submit" class="small" name="_action" value={`more:${i}`}>
            {t('feedback.editor.more', { n })}
          </button>
        ) : null}
        {fixed ? null : (
          <button type="submit" class="small warning" name="_action" value={`remove:${i}`}>
            {t('feedback.editor.remove', { n })}
          </button>
        )}
      </div>
    </fieldset>
  );
}

export function EditorPage(p: EditorProps) {
  const { t, instrument } = p;
  const title = t(instrument === 'test' ? 'feedback.editor.testTitle' : 'feedback.editor.surveyTitle');
  const canAdd = !(p.locked && instrument === 'test') && p.questions.length < LIMITS.questions;
  return (
    <div class="wrap feedback">
      <PageHeader
        title={title}
        lead={p.eventTitle}
        crumbs={[{ href: p.back, label: t('feedback.manage.title') }]}
      />
      {p.saved ? <Notice kind="success">{t('common.saved')}</Notice> : null}
      <Summary t={t} errors={p.errors} />
      {p.locked ? (
        <Notice kind="warning">
          {t(instrument === 'test' ? 'feedback.editor.testLocked' : 'feedback.editor.surveyLocked')}
        </Notice>
      ) : null}
      {p.unsaved ? <Notice kind="info">{t('feedback.editor.unsaved')}</Notice> : null}
      <p>{t(instrument === 'test' ? 'feedback.editor.testLead' : 'feedback.editor.surveyLead')}</p>
      <form method="post" action={p.action} class="stacked question-form" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <div class="actions top-actions">
          <button type="submit" class="button primary" name="_action" value="save">
            {t('common.save')}
          </button>
        </div>
        {p.questions.length === 0 ? <p class="empty">{t('feedback.editor.empty')}</p> : null}
        {p.questions.map((q, i) => (
          <QuestionBlock {...p} q={q} i={i} count={p.questions.length} />
        ))}
        {canAdd ? (
          <div class="button-group add-question">
            {KINDS_OF[instrument].map((k) => (
              <button type="submit" name="_action" value={`add:${k}`}>
                {t(`feedback.editor.add.${k}` as MessageKey)}
              </button>
            ))}
            {instrument === 'survey' ? (
              <button type="submit" name="_action" value="defaults">
                {t('feedback.editor.defaults')}
              </button>
            ) : null}
          </div>
        ) : null}
        <div class="actions">
          <button type="submit" class="button primary" name="_action" value="save">
            {t('common.save')}
          </button>
          <a href={p.back}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>
  );
}
