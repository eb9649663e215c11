import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { DiffPart } from '../diff.js';
import type { ItemRow, VersionRow } from '../queries.js';

export interface VersionSummary {
  version: VersionRow;
  /** Words added and removed against the version before; null for the first. */
  words: { added: number; removed: number } | null;
}

const itemTitle = (item: ItemRow, lang: Lang) => item.title[lang] || item.title.en || item.title.zh;

export function VersionsPage(p: { t: Translator; lang: Lang; item: ItemRow; versions: VersionSummary[] }) {
  const { t, lang, item } = p;
  const base = `/library/items/${item.slug}`;
  return (
    <div class="wrap library-versions">
      <PageHeader
        title={t('library.versions.title')}
        lead={t('library.versions.lead')}
        crumbs={[
          { href: href(lang, '/library'), label: t('library.title') },
          { href: href(lang, base), label: itemTitle(item, lang) },
        ]}
      />
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('library.versions.col.version')}</th>
              <th scope="col">{t('library.versions.col.date')}</th>
              <th scope="col">{t('library.versions.col.by')}</th>
              <th scope="col">{t('library.versions.col.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {p.versions.map(({ version: v, words }) => (
              <tr>
                <th scope="row">
                  {v.version}
                  {v.version === item.version ? (
                    <span class="meta"> ({t('library.versions.current')})</span>
                  ) : null}
                </th>
                <td>{formatDateTime(v.editedAt, lang)}</td>
                <td>{v.editorName}</td>
                <td>
                  {words ? (
                    <a href={href(lang, `${base}/versions/${v.version}`)}>
                      {t('library.versions.compare')}
                      <span class="meta"> {t('library.diff.words', words)}</span>
                    </a>
                  ) : (
                    t('library.versions.first')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A diff as running text: additions in <ins>, removals in <del>, each announced to screen readers. */
export function DiffText(p: { t: Translator; parts: DiffPart[]; lang?: string }) {
  return (
    <div class="diff" lang={p.lang}>
      {p.parts.map((part) =>
        part.op === 'same' ? (
          part.text
        ) : part.op === 'add' ? (
          <ins>
            <span class="visually-hidden">[{p.t('library.diff.added')}]</span>
            {part.text}
          </ins>
        ) : (
          <del>
            <span class="visually-hidden">[{p.t('library.diff.removed')}]</span>
            {part.text}
          </del>
        ),
      )}
    </div>
  );
}

export interface FieldDiff {
  key: 'title' | 'summary' | 'body' | 'source';
  en: DiffPart[] | null;
  zh: DiffPart[] | null;
}

export function DiffPage(p: {
  t: Translator;
  lang: Lang;
  item: ItemRow;
  version: number;
  fields: FieldDiff[];
  meta: { name: string; before: string; after: string }[];
}) {
  const { t, lang, item } = p;
  const base = `/library/items/${item.slug}`;
  return (
    <div class="wrap library-diff">
      <PageHeader
        title={t('library.diff.title', { n: p.version })}
        lead={t('library.diff.lead', { n: p.version, prev: p.version - 1 })}
        crumbs={[
          { href: href(lang, '/library'), label: t('library.title') },
          { href: href(lang, base), label: itemTitle(item, lang) },
          { href: href(lang, `${base}/versions`), label: t('library.versions.title') },
        ]}
      />
      <p class="hint">{t('library.diff.legend')}</p>
      {p.fields.map((f) => (
        <section class="diff-field" aria-labelledby={`diff-${f.key}`}>
          <h2 id={`diff-${f.key}`}>{t(`library.diff.field.${f.key}`)}</h2>
          {!f.en && !f.zh ? <p class="meta">{t('library.diff.none')}</p> : null}
          {f.en ? (
            <div class="diff-lang">
              <h3>{t('common.english')}</h3>
              <DiffText t={t} parts={f.en} lang="en" />
            </div>
          ) : null}
          {f.zh ? (
            <div class="diff-lang">
              <h3>{t('common.chinese')}</h3>
              <DiffText t={t} parts={f.zh} lang="zh-CN" />
            </div>
          ) : null}
        </section>
      ))}
      {p.meta.length ? (
        <section class="diff-field" aria-labelledby="diff-meta">
          <h2 id="diff-meta">{t('library.diff.field.meta')}</h2>
          <dl class="diff-meta">
            {p.meta.map((m) => (
              <>
                <dt>{m.name}</dt>
                <dd>
                  <del>
                    <span class="visually-hidden">[{t('library.diff.removed')}]</span>
                    {m.before || '—'}
                  </del>{' '}
                  →{' '}
                  <ins>
                    <span class="visually-hidden">[{t('library.diff.added')}]</span>
                    {m.after || '—'}
                  </ins>
                </dd>
              </>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
