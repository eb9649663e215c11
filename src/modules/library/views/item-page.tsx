import { type Lang, pick } from '../../../lib/bilingual.js';
import { formatDate, formatDateRange, formatNumber, todayIso } from '../../../lib/dates.js';
import {
  ErrorSummary,
  HiddenFormFields,
  Notice,
  TranslationBadge,
  TranslationNotice,
} from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { htmlLang } from '../../../web/i18n/negotiate.js';
import { href } from '../../../web/layout.js';
import { formatBytes, kindLabel } from '../../files/index.js';
import type { Rendered } from '../markdown.js';
import type { AttachedFile, ItemRow } from '../queries.js';
import type { RelatedLink } from '../related.js';
import { MarkdownHtml } from './markdown-html.js';
import { TagLinks, Tr, TypeBadge } from './parts.js';

export interface ItemPageProps {
  t: Translator;
  lang: Lang;
  item: ItemRow;
  body: Rendered & { lang: Lang; fallback: boolean };
  files: AttachedFile[];
  related: RelatedLink[];
  terms: { slug: string; term: { en: string; zh: string } }[];
  editor: boolean;
  csrfToken: string;
  /** Makes a double-clicked upload attach once. */
  uploadToken: string;
  notice?: string;
  uploadError?: string;
  otherLanguageHref: string;
}

function FileList(p: ItemPageProps) {
  const { t, lang, item } = p;
  if (!p.files.length) return null;
  return (
    <section class="item-files" aria-labelledby="item-files-h">
      <h2 id="item-files-h">{t('library.item.files')}</h2>
      <ul class="file-list">
        {p.files.map((f) => {
          const url = href(lang, `/library/items/${item.slug}/files/${f.id}`);
          return (
            <li>
              <a class="file-link" href={url} download>
                {f.name}
              </a>
              <span class="meta">
                {' '}
                {t('library.item.fileMeta', { kind: kindLabel(f.kind), size: formatBytes(f.size) })}
                {f.pages
                  ? `, ${f.pages === 1 ? t('library.item.page') : t('library.item.pages', { n: formatNumber(f.pages, lang) })}`
                  : ''}
                {f.lang ? `, ${t(`library.item.fileLang.${f.lang}`)}` : ''}
                {' · '}
                {f.downloads === 1
                  ? t('library.item.downloads.one')
                  : t('library.item.downloads.many', { n: formatNumber(f.downloads, lang) })}
              </span>
              {f.textStatus !== 'ok' ? (
                <span class="file-text-status">{t(`library.item.text.${f.textStatus}`)}</span>
              ) : null}
              {p.editor ? (
                <form method="post" action={`${url}/delete`} class="inline file-remove">
                  <HiddenFormFields csrfToken={p.csrfToken} />
                  <button
                    type="submit"
                    class="link danger"
                    aria-label={t('library.file.removeLabel', { name: f.name })}
                  >
                    {t('library.file.remove')}
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function UploadForm(p: ItemPageProps) {
  const { t, lang, item } = p;
  return (
    <section class="item-upload panel" aria-labelledby="item-upload-h">
      <h2 id="item-upload-h">{t('library.file.upload')}</h2>
      <form
        method="post"
        action={href(lang, `/library/items/${item.slug}/files`)}
        enctype="multipart/form-data"
      >
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.uploadToken} />
        {p.uploadError ? <ErrorSummary t={t} errors={{ file: p.uploadError }} /> : null}
        <div class={p.uploadError ? 'field has-error' : 'field'}>
          <label for="f-file">{t('library.file.field')}</label>
          <p class="hint" id="f-file-hint">
            {t('library.file.uploadHint')}
          </p>
          {p.uploadError ? (
            <p class="field-error" id="f-file-error">
              {p.uploadError}
            </p>
          ) : null}
          <input
            id="f-file"
            name="file"
            type="file"
            required
            accept=".pdf,.docx,.pptx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.presentationml.presentation"
            aria-describedby={p.uploadError ? 'f-file-hint f-file-error' : 'f-file-hint'}
            aria-invalid={p.uploadError ? 'true' : undefined}
          />
        </div>
        <div class="field">
          <label for="f-lang">{t('library.file.lang')}</label>
          <select id="f-lang" name="lang">
            <option value="">{t('library.file.lang.none')}</option>
            <option value="en">{t('common.english')}</option>
            <option value="zh">{t('common.chinese')}</option>
          </select>
        </div>
        <button type="submit">{t('library.file.submit')}</button>
      </form>
    </section>
  );
}

function Related(p: ItemPageProps) {
  if (!p.related.length) return null;
  return (
    <section class="item-related" aria-labelledby="item-related-h">
      <h2 id="item-related-h">{p.t('library.item.related')}</h2>
      <ul>
        {p.related.map((r) => (
          <li>
            <a href={href(p.lang, r.path)}>
              <Tr value={r.title} lang={p.lang} />
            </a>
            {r.dates ? (
              <span class="meta">
                {' '}
                {formatDateRange(r.dates.start, r.dates.end, r.dates.precision, p.lang)}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Aside(p: ItemPageProps) {
  const { t, lang, item } = p;
  return (
    <aside class="item-aside">
      <section aria-labelledby="item-tags-h">
        <h2 id="item-tags-h">{t('library.item.tags')}</h2>
        <TagLinks t={t} lang={lang} item={item} withType />
      </section>
      {p.terms.length ? (
        <section aria-labelledby="item-terms-h">
          <h2 id="item-terms-h">{t('library.item.terms')}</h2>
          <ul class="term-list">
            {p.terms.map((term) => (
              <li>
                <a href={href(lang, `/library/glossary/${term.slug}`)}>
                  <Tr value={term.term} lang={lang} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}

export function ItemPage(p: ItemPageProps) {
  const { t, lang, item } = p;
  const title = pick(item.title, lang);
  const summary = pick(item.summary, lang);
  const source = pick(item.source, lang);
  const other = lang === 'en' ? 'zh' : 'en';
  return (
    <article class="wrap library-item">
      <div class="page-header">
        <nav class="crumbs" aria-label="breadcrumb">
          <ol>
            <li>
              <a href={href(lang, '/library')}>{t('library.item.back')}</a>
            </li>
          </ol>
        </nav>
        <div class="page-title-row">
          <h1 lang={title.fallback ? htmlLang(title.lang) : undefined}>{title.text}</h1>
          <div class="page-actions">
            {item.title[other] ? (
              <a class="button" href={p.otherLanguageHref} hreflang={htmlLang(other)} lang={htmlLang(other)}>
                {t('library.item.otherLanguage')}
              </a>
            ) : null}
            {p.editor ? (
              <a class="button" href={href(lang, `/library/items/${item.slug}/edit`)}>
                {t('library.item.edit')}
              </a>
            ) : null}
            <a class="button" href={href(lang, askExpertPath(item.id, item.ipRights))}>
              {t('library.item.askExpert')}
            </a>
          </div>
        </div>
        <p class="meta item-meta">
          <TypeBadge t={t} type={item.type} />{' '}
          {item.publishedOn
            ? t('library.item.published', { date: formatDate(item.publishedOn, lang) })
            : null}
          {' · '}
          <a href={href(lang, `/library/items/${item.slug}/versions`)}>
            {t('library.item.version', { n: item.version })}
          </a>
          {item.version > 1
            ? `, ${t('library.item.updated', { date: formatDate(todayIso(item.updatedAt), lang) })}`
            : ''}
          {p.editor ? (
            <>
              {' '}
              <TranslationBadge t={t} status={item.translationStatus} />
            </>
          ) : null}
        </p>
      </div>
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {p.editor && item.status === 'draft' ? (
        <Notice kind="warning">{t('library.draftNotice')}</Notice>
      ) : null}
      {p.body.fallback ? (
        <p class="notice info fallback-notice">{t('library.item.fallback')}</p>
      ) : (
        <TranslationNotice
          t={t}
          lang={lang}
          fields={[item.title, item.summary, item.body]}
          enEditedAt={item.enEditedAt}
          zhEditedAt={item.zhEditedAt}
          otherHref={p.otherLanguageHref}
        />
      )}
      <div class="item-layout">
        <div class="item-main">
          {summary.text ? (
            <p class="lead" lang={summary.fallback ? htmlLang(summary.lang) : undefined}>
              {summary.text}
            </p>
          ) : null}
          {item.type === 'link' && item.url ? (
            <p>
              <a class="button primary" href={item.url} rel="noopener noreferrer">
                {t('library.item.open')}
              </a>
            </p>
          ) : null}
          <MarkdownHtml
            class="prose item-body"
            lang={p.body.fallback ? htmlLang(p.body.lang) : undefined}
            html={p.body.html}
          />
          {source.text ? (
            <section class="item-source" aria-labelledby="item-source-h">
              <h2 id="item-source-h">{t('library.item.source')}</h2>
              <p lang={source.fallback ? htmlLang(source.lang) : undefined}>
                {source.text.split('\n').map((line, i) => (
                  <>
                    {i > 0 ? <br /> : null}
                    {line}
                  </>
                ))}
              </p>
              {item.url && item.type !== 'link' ? (
                <p>
                  <a href={item.url} rel="noopener noreferrer">
                    {item.url}
                  </a>
                </p>
              ) : null}
            </section>
          ) : null}
          <FileList {...p} />
          {p.editor ? <UploadForm {...p} /> : null}
          <Related {...p} />
        </div>
        <Aside {...p} />
      </div>
    </article>
  );
}

/** Which helpdesk topic a library item's first IP right falls under. */
const HELPDESK_TOPIC: Record<string, string> = {
  patent: 'patents',
  utility_model: 'patents',
  design: 'designs',
  trademark: 'trademarks',
  copyright: 'copyright',
  software: 'copyright',
  trade_secret: 'trade_secrets',
};

/** The helpdesk's enquiry form, opened from this item. */
function askExpertPath(id: string, rights: string[]): string {
  const topic = rights.map((r) => HELPDESK_TOPIC[r]).find(Boolean);
  return `/helpdesk/new?from=library&ref=${id}${topic ? `&topic=${topic}` : ''}`;
}
