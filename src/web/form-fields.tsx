import type { Child } from 'hono/jsx';
import type { Lang } from '../lib/bilingual.js';
import type { FieldErrors } from './forms.js';
import type { Translator } from './i18n/index.js';

/**
 * Form fields with their label, hint and error tied to the input for screen readers: the id of a
 * field is `f-` and its name (dots made dashes), which the error summary links to.
 */
const fid = (name: string) => `f-${name.replace(/\./g, '-')}`;

interface FieldBase {
  name: string;
  label: string;
  value?: string | number | null;
  error?: string;
  hint?: string;
  required?: boolean;
  /** Don't mark the field optional (one of a bilingual pair, where either language will do). */
  hideOptional?: boolean;
  t: Translator;
}

function Label(p: FieldBase) {
  return (
    <label for={fid(p.name)}>
      {p.label}
      {p.required || p.hideOptional ? null : <span class="optional">{p.t('common.optionalMark')}</span>}
    </label>
  );
}

function Described(p: FieldBase) {
  return (
    <>
      {p.hint ? (
        <p class="hint" id={`${fid(p.name)}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {p.error ? (
        <p class="field-error" id={`${fid(p.name)}-error`}>
          {p.error}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (p: FieldBase) =>
  [p.hint ? `${fid(p.name)}-hint` : '', p.error ? `${fid(p.name)}-error` : ''].filter(Boolean).join(' ') ||
  undefined;

/** The label, hint and error around a field's control. */
function Field(p: FieldBase & { children: Child }) {
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <Label {...p} />
      <Described {...p} />
      {p.children}
    </div>
  );
}

/** What every control carries: its id and name, whether it is required, and its description. */
const control = (p: FieldBase) => ({
  id: fid(p.name),
  name: p.name,
  required: p.required,
  'aria-invalid': p.error ? ('true' as const) : undefined,
  'aria-describedby': describedBy(p),
});

export function TextField(
  p: FieldBase & {
    type?:
      | 'text'
      | 'email'
      | 'url'
      | 'date'
      | 'datetime-local'
      | 'time'
      | 'number'
      | 'password'
      | 'tel'
      | 'search';
    maxLength?: number;
    autocomplete?: string;
    lang?: string;
    min?: number;
  },
) {
  return (
    <Field {...p}>
      <input
        {...control(p)}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        maxlength={p.maxLength}
        autocomplete={p.autocomplete}
        lang={p.lang}
        min={p.min}
      />
    </Field>
  );
}

export function TextArea(
  p: FieldBase & { rows?: number; maxLength?: number; lang?: string; spellcheck?: boolean },
) {
  return (
    <Field {...p}>
      <textarea
        {...control(p)}
        rows={p.rows ?? 5}
        maxlength={p.maxLength}
        spellcheck={p.spellcheck}
        lang={p.lang}
      >
        {p.value ?? ''}
      </textarea>
    </Field>
  );
}

export function SelectField(p: FieldBase & { options: { value: string; label: string }[]; empty?: string }) {
  return (
    <Field {...p}>
      <select {...control(p)}>
        {p.empty !== undefined ? <option value="">{p.empty}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={String(p.value ?? '') === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A file input: `accept` only guides the picker, the server checks every file by its content. */
export function FileField(p: Omit<FieldBase, 'value'> & { accept?: string; multiple?: boolean }) {
  return (
    <Field {...p}>
      <input {...control(p)} type="file" accept={p.accept} multiple={p.multiple} />
    </Field>
  );
}

/** English and Chinese side by side, so editors translate with both in view. */
export function BilingualField(
  p: Omit<FieldBase, 'value' | 'error'> & {
    value?: { en?: string; zh?: string } | null;
    errors?: FieldErrors;
    multiline?: boolean;
    rows?: number;
    maxLength?: number;
  },
) {
  const one = (lang: Lang) => {
    const name = `${p.name}.${lang}`;
    const common = {
      name,
      t: p.t,
      label: `${p.label} · ${lang === 'en' ? p.t('common.english') : p.t('common.chinese')}`,
      value: p.value?.[lang] ?? '',
      error: p.errors?.[name] ?? (lang === 'en' ? p.errors?.[p.name] : undefined),
      // Either language satisfies a required pair, so neither input is required on its own.
      required: false,
      hideOptional: p.required,
      maxLength: p.maxLength,
      lang: lang === 'zh' ? 'zh-CN' : 'en',
    };
    return p.multiline ? <TextArea {...common} rows={p.rows} /> : <TextField {...common} />;
  };
  return (
    <fieldset class="bilingual">
      <legend>{p.label}</legend>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
      <div class="bilingual-pair">
        {one('en')}
        {one('zh')}
      </div>
    </fieldset>
  );
}
