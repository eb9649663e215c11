import type { Lang } from '../../../lib/bilingual.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  Notice,
  PageHeader,
  TextField,
  TranslationBadge,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { SearchHit } from '../search-library.js';
import { Tr } from '../views/parts.js';
import type { TermRow } from './queries.js';

const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');
const tag = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

function Paragraphs(p: { text: string; lang: Lang }) {
  return (
    <div class="prose" lang={tag(p.lang)}>
      {p.text
        .split(/\n\s*\n/)
        .filter((s) => s.trim())
        .map((para) => (
          <p>{para.trim()}</p>
        ))}
    </div>
  );
}

export function GlossaryPage(p: { t: Translator; lang: Lang; terms: TermRow[]; q: string; editor: boolean }) {
  const { t, lang } = p;
  const o = otherLang(lang);
  return (
    <div class="wrap glossary">
      <PageHeader
        title={t('library.glossary.title')}
        lead={t('library.glossary.lead')}
        crumbs={[{ href: href(lang, '/library'), label: t('library.title') }]}
        actions={
          p.editor ? (
            <a class="button primary" href={href(lang, '/library/glossary/new')}>
              {t('library.glossary.new')}
            </a>
          ) : undefined
        }
      />
      <search>
        <form method="get" action={href(lang, '/library/glossary')} class="search-form">
          <label for="glossary-q">{t('library.glossary.filter')}</label>
          <input id="glossary-q" name="q" type="search" value={p.q} maxlength={100} />
          <button type="submit">{t('common.search')}</button>
        </form>
      </search>
      <p class="result-count">{t('library.glossary.count', { count: p.terms.length })}</p>
      <dl class="glossary-list">
        {p.terms.map((term) => (
          <div class="glossary-entry">
            <dt>
              <a href={href(lang, `/library/glossary/${term.slug}`)}>
                <Tr value={term.term} lang={lang} />
              </a>
              {term.term[lang] && term.term[o] ? (
                <span class="other-term" lang={tag(o)}>
                  {' '}
                  {term.term[o]}
                </span>
              ) : null}
            </dt>
            <dd>
              <Tr
                value={{ en: firstParagraph(term.definition.en), zh: firstParagraph(term.definition.zh) }}
                lang={lang}
              />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

const firstParagraph = (s: string) => s.split(/\n\s*\n/)[0]?.trim() ?? '';

export function TermPage(p: {
  t: Translator;
  lang: Lang;
  term: TermRow;
  items: SearchHit[];
  editor: boolean;
  saved: boolean;
}) {
  const { t, lang, term } = p;
  const o = otherLang(lang);
  const first: Lang = term.definition[lang] ? lang : o;
  const second: Lang = first === lang ? o : lang;
  return (
    <article class="wrap narrow glossary-term-page">
      <div class="page-header">
        <nav class="crumbs" aria-label="breadcrumb">
          <ol>
            <li>
              <a href={href(lang, '/library')}>{t('library.title')}</a>
            </li>
            <li>
              <a href={href(lang, '/library/glossary')}>{t('library.glossary.back')}</a>
            </li>
          </ol>
        </nav>
        <div class="page-title-row">
          <h1>
            <span lang={tag(term.term[lang] ? lang : o)}>{term.term[lang] || term.term[o]}</span>
            {term.term[lang] && term.term[o] ? (
              <span class="other-term" lang={tag(o)}>
                {' '}
                {term.term[o]}
              </span>
            ) : null}
          </h1>
          {p.editor ? (
            <div class="page-actions">
              <a class="button" href={href(lang, `/library/glossary/${term.slug}/edit`)}>
                {t('common.edit')}
              </a>
            </div>
          ) : null}
        </div>
        {p.editor ? <TranslationBadge t={t} status={term.translationStatus} /> : null}
      </div>
      {p.saved ? <Notice kind="success">{t('library.glossary.saved')}</Notice> : null}
      <Paragraphs text={term.definition[first]} lang={first} />
      {term.definition[second] ? (
        <section class="other-definition" aria-labelledby="other-def-h">
          <h2 id="other-def-h">{second === 'zh' ? t('common.chinese') : t('common.english')}</h2>
          <Paragraphs text={term.definition[second]} lang={second} />
        </section>
      ) : null}
      {term.aliases.length ? (
        <p>
          <strong>{t('library.glossary.also')}</strong>
          {lang === 'zh' ? '：' : ': '}
          {term.aliases.join(lang === 'zh' ? '、' : ', ')}
        </p>
      ) : null}
      {term.source[lang] || term.source[o] ? (
        <p class="meta">
          {t('library.glossary.source')}
          {lang === 'zh' ? '：' : ': '}
          <Tr value={term.source} lang={lang} />
        </p>
      ) : null}
      <section aria-labelledby="term-items-h">
        <h2 id="term-items-h">{t('library.glossary.items')}</h2>
        {p.items.length ? (
          <ul>
            {p.items.map((i) => (
              <li>
                <a href={href(lang, `/library/items/${i.slug}`)}>
                  <Tr value={i.title} lang={lang} />
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('library.glossary.none')}</p>
        )}
      </section>
    </article>
  );
}

export function TermForm(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  action: string;
  values: FormValues;
  errors?: FieldErrors;
  editing?: TermRow;
}) {
  const { t, lang, values, errors } = p;
  const pair = (name: string) => ({
    en: fieldValue(values, `${name}.en`),
    zh: fieldValue(values, `${name}.zh`),
  });
  const aliases = Array.isArray(values.aliases) ? values.aliases.join(', ') : fieldValue(values, 'aliases');
  return (
    <div class="wrap glossary-form">
      <PageHeader
        title={p.editing ? t('library.glossary.editTitle') : t('library.glossary.newTitle')}
        crumbs={[{ href: href(lang, '/library/glossary'), label: t('library.glossary.back') }]}
      />
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action={p.action} class="stacked" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        <BilingualField
          t={t}
          name="term"
          label={t('library.glossary.form.term')}
          required
          maxLength={120}
          value={pair('term')}
          errors={errors}
        />
        <BilingualField
          t={t}
          name="definition"
          label={t('library.glossary.form.definition')}
          required
          multiline
          rows={6}
          maxLength={4000}
          value={pair('definition')}
          errors={errors}
        />
        <TextField
          t={t}
          name="aliases"
          label={t('library.glossary.form.aliases')}
          hint={t('library.glossary.form.aliasesHint')}
          value={aliases}
          error={errors?.aliases}
        />
        <BilingualField
          t={t}
          name="source"
          label={t('library.glossary.form.source')}
          maxLength={500}
          value={pair('source')}
          errors={errors}
        />
        <div class="field checkbox">
          <input type="checkbox" id="f-inStep" name="inStep" value="on" />
          <label for="f-inStep">{t('translation.inStep')}</label>
        </div>
        <div class="form-actions">
          <button type="submit">{t('common.save')}</button>
          <a href={href(lang, p.editing ? `/library/glossary/${p.editing.slug}` : '/library/glossary')}>
            {t('common.cancel')}
          </a>
        </div>
      </form>
    </div>
  );
}
