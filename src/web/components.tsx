import type { Child } from 'hono/jsx';
import { type Bilingual, type Lang, pick } from '../lib/bilingual.js';
import { laggingLang, type TranslationStatus } from '../lib/translation.js';
import type { FieldErrors } from './forms.js';
import type { Translator } from './i18n/index.js';
import { htmlLang } from './i18n/negotiate.js';

export function PageHeader(p: {
  title: string;
  lead?: Child;
  actions?: Child;
  crumbs?: { href: string; label: string }[];
}) {
  return (
    <div class="page-header">
      {p.crumbs?.length ? (
        <nav class="crumbs" aria-label="breadcrumb">
          <ol>
            {p.crumbs.map((c) => (
              <li>
                <a href={c.href}>{c.label}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div class="page-title-row">
        <h1>{p.title}</h1>
        {p.actions ? <div class="page-actions">{p.actions}</div> : null}
      </div>
      {p.lead ? <p class="lead">{p.lead}</p> : null}
    </div>
  );
}

export function ErrorSummary(p: { t: Translator; errors?: FieldErrors; message?: string }) {
  const entries = Object.entries(p.errors ?? {});
  if (!entries.length && !p.message) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{p.t('form.errorSummary')}</h2>
      {p.message ? <p>{p.message}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([field, msg]) => (
            <li>
              <a href={`#f-${field.replace(/\./g, '-')}`}>{msg}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Notice(p: { kind?: 'success' | 'info' | 'warning'; children?: Child }) {
  return (
    <div class={`notice ${p.kind ?? 'info'}`} role="status">
      {p.children}
    </div>
  );
}

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
    <div class={p.error ? 'field has-error' : 'field'}>
      <Label {...p} />
      <Described {...p} />
      <input
        id={fid(p.name)}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        maxlength={p.maxLength}
        required={p.required}
        autocomplete={p.autocomplete}
        lang={p.lang}
        min={p.min}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      />
    </div>
  );
}

export function TextArea(p: FieldBase & { rows?: number; maxLength?: number; lang?: string }) {
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <Label {...p} />
      <Described {...p} />
      <textarea
        id={fid(p.name)}
        name={p.name}
        rows={p.rows ?? 5}
        maxlength={p.maxLength}
        required={p.required}
        lang={p.lang}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      >
        {p.value ?? ''}
      </textarea>
    </div>
  );
}

export function SelectField(p: FieldBase & { options: { value: string; label: string }[]; empty?: string }) {
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <Label {...p} />
      <Described {...p} />
      <select
        id={fid(p.name)}
        name={p.name}
        required={p.required}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      >
        {p.empty !== undefined ? <option value="">{p.empty}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={String(p.value ?? '') === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
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

export function TranslationBadge(p: { t: Translator; status: TranslationStatus }) {
  return <span class={`badge tr-${p.status}`}>{p.t(`translation.${p.status}`)}</span>;
}

/**
 * Tells a reader, discreetly, when the text in their language is missing in part or older than the
 * other language's (the translation status editors see as a badge), with a link to the other one.
 */
export function TranslationNotice(p: {
  t: Translator;
  lang: Lang;
  fields: Bilingual[];
  enEditedAt: Date | null;
  zhEditedAt: Date | null;
  /** The same page in the other language. */
  otherHref: string;
}) {
  if (laggingLang(p.fields, p.enEditedAt, p.zhEditedAt) !== p.lang) return null;
  const o = p.lang === 'en' ? 'zh' : 'en';
  const missing = p.fields.some((f) => f[o].trim() !== '' && f[p.lang].trim() === '');
  return (
    <p class="notice info translation-notice">
      {p.t(missing ? 'translation.notice.missing' : 'translation.notice.outdated')}{' '}
      <a href={p.otherHref} hreflang={htmlLang(o)} lang={htmlLang(o)}>
        {p.t('translation.notice.readOther')}
      </a>
    </p>
  );
}

export function HiddenFormFields(p: { csrfToken: string; formToken?: string }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      {p.formToken ? <input type="hidden" name="_form" value={p.formToken} /> : null}
    </>
  );
}

export function Pagination(p: {
  t: Translator;
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (p.pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={p.t('common.page', { page: p.page, pages: p.pages })}>
      {p.page > 1 ? (
        <a href={p.hrefFor(p.page - 1)} rel="prev">
          {p.t('common.previous')}
        </a>
      ) : null}
      <span>{p.t('common.page', { page: p.page, pages: p.pages })}</span>
      {p.page < p.pages ? (
        <a href={p.hrefFor(p.page + 1)} rel="next">
          {p.t('common.next')}
        </a>
      ) : null}
    </nav>
  );
}

/** Marks text shown in the other language so screen readers switch voice. */
export function Bi(p: { value: { en: string; zh: string } | null | undefined; lang: Lang }) {
  const own = p.value?.[p.lang]?.trim();
  if (own) return <>{own}</>;
  const o: Lang = p.lang === 'en' ? 'zh' : 'en';
  return <span lang={o === 'zh' ? 'zh-CN' : 'en'}>{p.value?.[o] ?? ''}</span>;
}

/** The mark the library puts on text shown in the other language, for want of the reader's. */
export function OtherLanguageTag(p: { t: Translator }) {
  return <span class="tag fallback-tag">{p.t('common.onlyInOtherLanguage')}</span>;
}

/**
 * A bilingual value in the reader's language; without one, the other language's text with its
 * `lang` and the mark. `link` wraps the text only (the mark stays outside the link).
 */
export function BiMarked(p: {
  t: Translator;
  value: Bilingual | null | undefined;
  lang: Lang;
  link?: string;
}) {
  const shown = pick(p.value, p.lang);
  if (!shown.text) return null;
  const langAttr = shown.fallback ? htmlLang(shown.lang) : undefined;
  const body = p.link ? (
    <a href={p.link} lang={langAttr}>
      {shown.text}
    </a>
  ) : shown.fallback ? (
    <span lang={langAttr}>{shown.text}</span>
  ) : (
    shown.text
  );
  return shown.fallback ? (
    <>
      {body} <OtherLanguageTag t={p.t} />
    </>
  ) : (
    body
  );
}
