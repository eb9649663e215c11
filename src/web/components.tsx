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

export { BilingualField, FileField, SelectField, TextArea, TextField } from './form-fields.js';

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
