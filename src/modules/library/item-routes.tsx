import { inArray } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { type Lang, other, pick } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { isUuid } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import type { MessageKey } from '../../web/i18n/index.js';
import { switchLangHref } from '../../web/layout.js';
import { newFormToken } from '../../web/once.js';
import { isHtmx, render } from '../../web/render.js';
import { fileResponse } from '../files/index.js';
import { canEditLibrary } from './editors.js';
import { downloadFile } from './files.js';
import { glossaryLinker, matchingTerms } from './glossary/queries.js';
import { renderMarkdown } from './markdown.js';
import { getItem, type ItemRow, itemFiles, relatedOf } from './queries.js';
import { glossaryTerms } from './schema.js';
import { cleanFilters } from './search.js';
import { searchLibrary } from './search-library.js';
import { ItemPage, type ItemPageProps } from './views/item-page.js';
import { RESULTS_ID, ResultStatus, Results, SearchPage, type SearchProps } from './views/search-page.js';

export const PAGE_SIZE = 20;

/** A page number from the query string: a positive whole number, else 1. */
export function pageParam(v: string | undefined): number {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) && n > 0 && n <= 500 ? n : 1;
}

export function registerLibrarySearchPage(pages: Hono<AppEnv>) {
  pages.get('/library', async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const lang = c.get('lang');
    const user = c.get('user');
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const filters = cleanFilters(c.req.queries());
    const db = app.database.db;
    const [result, terms] = await Promise.all([
      searchLibrary(db, {
        q,
        lang,
        filters,
        page: pageParam(c.req.query('page')),
        pageSize: PAGE_SIZE,
        includeDrafts: canEditLibrary(user),
      }),
      q ? matchingTerms(db, q) : Promise.resolve([]),
    ]);
    const props: SearchProps = { t, lang, result, filters, terms, editor: canEditLibrary(user) };
    c.header('Vary', 'HX-Request, Cookie');
    if (isHtmx(c) && c.req.header('hx-target') === RESULTS_ID) {
      return c.html(
        <>
          <Results {...props} />
          <ResultStatus {...props} />
        </>,
      );
    }
    return render(
      c,
      {
        title: q ? `${q} · ${t('library.title')}` : t('library.title'),
        section: 'library',
        description: t('library.lead'),
      },
      <SearchPage {...props} />,
    );
  });
}

const NOTICES: Record<string, MessageKey> = {
  added: 'library.file.added',
  none: 'library.file.addedNone',
  removed: 'library.file.removed',
  unchanged: 'library.unchanged',
};

/** An item visible to the reader, by the slug in the path. */
export async function itemFromPath(c: Context<AppEnv>): Promise<ItemRow> {
  const item = await getItem(c.get('app').database.db, c.req.param('slug') ?? '', c.get('user'));
  if (!item) throw new AppError('not_found');
  return item;
}

/** The item page; also shown again with an upload error for the file field. */
export async function renderItemPage(
  c: Context<AppEnv>,
  item: ItemRow,
  extra: { uploadError?: string; status?: 422 } = {},
) {
  const app = c.get('app');
  const db = app.database.db;
  const t = c.get('t');
  const lang: Lang = c.get('lang');
  const editor = canEditLibrary(c.get('user'));
  const [files, related, linker] = await Promise.all([
    itemFiles(db, item.id),
    relatedOf(db, c.get('user'), [item.id]),
    glossaryLinker(db, lang),
  ]);
  const body = pick(item.body, lang);
  const rendered = renderMarkdown(body.text, linker);
  const terms = rendered.terms.length
    ? await db
        .select({ slug: glossaryTerms.slug, term: glossaryTerms.term })
        .from(glossaryTerms)
        .where(inArray(glossaryTerms.slug, rendered.terms))
    : [];
  terms.sort((a, b) => rendered.terms.indexOf(a.slug) - rendered.terms.indexOf(b.slug));
  const saved = Number.parseInt(c.req.query('saved') ?? '', 10);
  const key = NOTICES[c.req.query('done') ?? ''];
  const url = new URL(c.req.url);
  const props: ItemPageProps = {
    t,
    lang,
    item,
    body: { ...rendered, lang: body.lang, fallback: body.fallback && body.text !== '' },
    files,
    related: related.get(item.id) ?? [],
    terms,
    editor,
    csrfToken: c.get('csrfToken'),
    uploadToken: newFormToken(),
    notice: saved > 0 ? t('library.saved', { n: saved }) : key ? t(key) : undefined,
    uploadError: extra.uploadError,
    otherLanguageHref: switchLangHref(url.pathname, other(lang)),
  };
  const title = pick(item.title, lang).text;
  return render(
    c,
    {
      title,
      section: 'library',
      description: pick(item.summary, lang).text || undefined,
      status: extra.status,
    },
    <ItemPage {...props} />,
  );
}

export function registerLibraryItemPages(pages: Hono<AppEnv>) {
  pages.get('/library/items/:slug', async (c) => renderItemPage(c, await itemFromPath(c)));

  pages.get('/library/items/:slug/files/:fileId', async (c) => {
    const item = await itemFromPath(c);
    const fileId = c.req.param('fileId');
    const file = isUuid(fileId)
      ? await downloadFile(c.get('app').database.db, item.id, fileId, c.get('user'))
      : null;
    if (!file) throw new AppError('not_found');
    return fileResponse(c, file);
  });
}
