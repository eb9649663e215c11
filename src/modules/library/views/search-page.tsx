import { type Lang, pick } from '../../../lib/bilingual.js';
import { formatDate, formatNumber } from '../../../lib/dates.js';
import { PageHeader, Pagination } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { htmlLang } from '../../../web/i18n/negotiate.js';
import { href } from '../../../web/layout.js';
import type { TermRow } from '../glossary/queries.js';
import type { Filters } from '../search.js';
import type { SearchHit, SearchResult } from '../search-library.js';
import { FACET_NAMES, FACETS, type FacetName } from '../tags.js';
import { facetLabel, Marked, searchHref, TypeBadge } from './parts.js';

export const RESULTS_ID = 'library-results';
export const STATUS_ID = 'library-status';

export interface SearchProps {
  t: Translator;
  lang: Lang;
  result: SearchResult;
  filters: Filters;
  terms: TermRow[];
  editor: boolean;
}

/** The query string of a search, for links that keep it (pages, suggestions). */
export function searchQueryString(
  q: string,
  filters: Filters,
  page?: number,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { q: q || undefined };
  for (const name of FACET_NAMES) out[name] = filters[name]?.join(',');
  if (page && page > 1) out.page = String(page);
  return out;
}

function countText(p: SearchProps) {
  const n = p.result.total;
  if (n === 0) return p.t('library.count.none');
  return n === 1 ? p.t('library.count.one') : p.t('library.count.many', { count: formatNumber(n, p.lang) });
}

/** The result count, announced to screen readers when results change as the reader types. */
export function ResultStatus(p: SearchProps) {
  return (
    <p id={STATUS_ID} class="result-count" role="status" aria-live="polite">
      {countText(p)}
    </p>
  );
}

function Facet(p: SearchProps & { name: FacetName }) {
  const { t, name } = p;
  const counts = new Map(p.result.facets[name].map((f) => [f.value, f.count]));
  const chosen = new Set(p.filters[name] ?? []);
  const values = (FACETS[name] as readonly string[]).filter((v) => counts.has(v) || chosen.has(v));
  if (!values.length) return null;
  return (
    <fieldset class="facet">
      <legend>{t(`library.facet.${name}`)}</legend>
      <ul>
        {values.map((v) => {
          const id = `facet-${name}-${v}`;
          return (
            <li class="check">
              <input type="checkbox" id={id} name={name} value={v} checked={chosen.has(v)} />
              <label for={id}>
                {facetLabel(t, name, v)}{' '}
                <span class="facet-count">{formatNumber(counts.get(v) ?? 0, p.lang)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function Facets(p: SearchProps) {
  const active = FACET_NAMES.reduce((n, f) => n + (p.filters[f]?.length ?? 0), 0);
  return (
    <details class="facet-panel" open={active > 0 || undefined}>
      <summary>
        {p.t('library.facets')}
        {active ? ` (${active})` : ''}
      </summary>
      <div class="facet-groups">
        <h2 class="facet-heading">{p.t('library.facets')}</h2>
        {FACET_NAMES.map((name) => (
          <Facet {...p} name={name} />
        ))}
        <div class="facet-actions">
          <button type="submit" class="secondary">
            {p.t('library.facets.apply')}
          </button>
          {active ? (
            <a href={searchHref(p.lang, { q: p.result.q || undefined })}>{p.t('library.facets.clear')}</a>
          ) : null}
        </div>
      </div>
    </details>
  );
}

function Hit(p: { t: Translator; lang: Lang; hit: SearchHit }) {
  const { t, lang, hit } = p;
  const title = pick(hit.title, lang);
  return (
    <li class="result">
      <h3>
        <a
          href={href(lang, `/library/items/${hit.slug}`)}
          lang={title.fallback ? htmlLang(title.lang) : undefined}
        >
          {title.text}
        </a>
      </h3>
      <p class="result-meta">
        <TypeBadge t={t} type={hit.type} />
        {title.fallback ? <span class="tag fallback-tag">{t('library.inOtherLanguage')}</span> : null}
        {hit.status === 'draft' ? <span class="badge status-draft">{t('library.draft')}</span> : null}
        {hit.publishedOn ? <span class="meta">{formatDate(hit.publishedOn, lang)}</span> : null}
      </p>
      {hit.snippet.text ? (
        <p class="snippet">
          {hit.snippet.fromFile ? <span class="from-file">{t('library.fromFile')} · </span> : null}
          <Marked snippet={hit.snippet} lang={hit.snippet.lang === lang ? undefined : hit.snippet.lang} />
        </p>
      ) : null}
    </li>
  );
}

function Notices(p: SearchProps) {
  const { t, lang, result: r } = p;
  const again = (q: string) => searchHref(lang, searchQueryString(q, p.filters));
  if (r.mode === 'suggested' && r.suggestion) {
    return <p class="notice info did-you-mean">{t('library.showingFor', { q: r.q, s: r.suggestion })}</p>;
  }
  if (r.mode === 'partial') {
    return (
      <div class="notice info did-you-mean">
        <p>{t('library.partial', { q: r.q })}</p>
        {r.suggestion ? (
          <p>
            {t('library.didYouMean')} <a href={again(r.suggestion)}>{r.suggestion}</a>
          </p>
        ) : null}
      </div>
    );
  }
  if (r.mode === 'similar') {
    return (
      <div class="notice info did-you-mean">
        <p>{t('library.similar', { q: r.q })}</p>
        {r.suggestion ? (
          <p>
            {t('library.didYouMean')} <a href={again(r.suggestion)}>{r.suggestion}</a>
          </p>
        ) : null}
      </div>
    );
  }
  if (r.total === 0) {
    return (
      <div class="notice info empty-results">
        <p>{r.q ? t('library.nothing', { q: r.q }) : t('library.nothing.filters')}</p>
        {r.suggestion ? (
          <p>
            {t('library.didYouMean')} <a href={again(r.suggestion)}>{r.suggestion}</a>
          </p>
        ) : null}
        <p>{t('library.tips')}</p>
      </div>
    );
  }
  return null;
}

function GlossaryBox(p: SearchProps) {
  if (!p.terms.length) return null;
  return (
    <aside class="glossary-box" aria-labelledby="glossary-box-h">
      <h2 id="glossary-box-h">{p.t('library.glossaryBox')}</h2>
      <dl>
        {p.terms.map((term) => (
          <>
            <dt>
              <a href={href(p.lang, `/library/glossary/${term.slug}`)}>
                {term.term[p.lang] || term.term.en}
                {term.term[p.lang === 'en' ? 'zh' : 'en'] ? (
                  <span class="other-term" lang={p.lang === 'en' ? 'zh-CN' : 'en'}>
                    {' '}
                    {term.term[p.lang === 'en' ? 'zh' : 'en']}
                  </span>
                ) : null}
              </a>
            </dt>
            <dd>{firstSentence(pick(term.definition, p.lang).text)}</dd>
          </>
        ))}
      </dl>
    </aside>
  );
}

const firstSentence = (s: string) => {
  const m = /^(.+?[.。])(\s|$)/su.exec(s);
  return m ? m[1]! : s;
};

/** The part htmx replaces as the reader types or ticks a filter: facets and results. */
export function Results(p: SearchProps) {
  const { t, lang, result: r } = p;
  return (
    <div id={RESULTS_ID} class="library-results">
      <Facets {...p} />
      <section class="results" aria-labelledby="library-results-h">
        <h2 id="library-results-h" class="visually-hidden">
          {countText(p)}
        </h2>
        <Notices {...p} />
        <GlossaryBox {...p} />
        {r.items.length ? (
          <ol class="result-list" start={(r.page - 1) * r.pageSize + 1}>
            {r.items.map((hit) => (
              <Hit t={t} lang={lang} hit={hit} />
            ))}
          </ol>
        ) : null}
        <Pagination
          t={t}
          page={r.page}
          pages={r.pages}
          hrefFor={(n) => searchHref(lang, searchQueryString(r.q, p.filters, n))}
        />
      </section>
    </div>
  );
}

export function SearchPage(p: SearchProps) {
  const { t, lang } = p;
  const action = href(lang, '/library');
  return (
    <div class="wrap library">
      <PageHeader
        title={t('library.title')}
        lead={t('library.lead')}
        actions={
          <>
            <a class="button" href={href(lang, '/library/glossary')}>
              {t('library.glossaryLink')}
            </a>
            {p.editor ? (
              <a class="button primary" href={href(lang, '/library/items/new')}>
                {t('library.new')}
              </a>
            ) : null}
          </>
        }
      />
      <form
        id="library-search"
        class="library-search"
        method="get"
        action={action}
        data-hx-get={action}
        data-hx-target={`#${RESULTS_ID}`}
        data-hx-select={`#${RESULTS_ID}`}
        data-hx-select-oob={`#${STATUS_ID}`}
        data-hx-swap="outerHTML"
        data-hx-push-url="true"
        data-hx-trigger="input changed delay:300ms from:#library-q, search from:#library-q, change, submit"
        data-hx-sync="this:replace"
      >
        <search class="library-searchbar">
          <label for="library-q">{t('library.search.label')}</label>
          <div class="searchbar-row">
            <input
              id="library-q"
              name="q"
              type="search"
              value={p.result.q}
              maxlength={200}
              autocomplete="off"
              aria-describedby="library-q-hint"
            />
            <button type="submit">{t('library.search.button')}</button>
          </div>
          <p id="library-q-hint" class="hint">
            {t('library.search.hint')}
          </p>
          <ResultStatus {...p} />
        </search>
        <Results {...p} />
      </form>
    </div>
  );
}
