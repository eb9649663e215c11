import type { Hono } from 'hono';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import type { Translator } from '../../web/i18n/index.js';
import { render } from '../../web/render.js';
import { sectorLabel } from '../directory/index.js';
import { diffStats, diffText } from './diff.js';
import { itemFromPath } from './item-routes.js';
import { getVersion, listVersions } from './queries.js';
import type { ItemSnapshot } from './snapshot.js';
import { facetLabel } from './views/parts.js';
import { DiffPage, type FieldDiff, VersionsPage } from './views/versions.js';

const TEXT_FIELDS = ['title', 'summary', 'body', 'source'] as const;

export function fieldDiffs(before: ItemSnapshot, after: ItemSnapshot): FieldDiff[] {
  return TEXT_FIELDS.map((key) => ({
    key,
    en: before[key].en === after[key].en ? null : diffText(before[key].en, after[key].en),
    zh: before[key].zh === after[key].zh ? null : diffText(before[key].zh, after[key].zh),
  }));
}

/** The other fields that changed, as readable before/after pairs. */
export function metaChanges(t: Translator, lang: Lang, before: ItemSnapshot, after: ItemSnapshot) {
  const out: { name: string; before: string; after: string }[] = [];
  const push = (name: string, b: string, a: string) => {
    if (a !== b) out.push({ name, before: b, after: a });
  };
  push(t('library.form.type'), facetLabel(t, 'type', before.type), facetLabel(t, 'type', after.type));
  const tags = (facet: 'ipRight' | 'topic' | 'jurisdiction' | 'audience', xs: string[]) =>
    xs.map((x) => facetLabel(t, facet, x)).join(lang === 'zh' ? '、' : ', ');
  push(t('library.facet.ipRight'), tags('ipRight', before.ipRights), tags('ipRight', after.ipRights));
  push(t('library.facet.topic'), tags('topic', before.topics), tags('topic', after.topics));
  push(
    t('library.facet.jurisdiction'),
    tags('jurisdiction', before.jurisdictions),
    tags('jurisdiction', after.jurisdictions),
  );
  push(t('library.facet.audience'), tags('audience', before.audiences), tags('audience', after.audiences));
  const sectors = (xs: string[]) =>
    xs.map((x) => sectorLabel(x)?.[lang] ?? x).join(lang === 'zh' ? '、' : ', ');
  push(t('library.facet.sector'), sectors(before.sectors), sectors(after.sectors));
  push(
    t('library.form.status'),
    t(`library.form.status.${before.status}`),
    t(`library.form.status.${after.status}`),
  );
  push(t('library.form.publishedOn'), before.publishedOn ?? '', after.publishedOn ?? '');
  push(t('library.form.url'), before.url, after.url);
  push(t('library.form.events'), String(before.eventIds.length), String(after.eventIds.length));
  return out;
}

const wordCount = (before: ItemSnapshot, after: ItemSnapshot) => {
  let added = 0;
  let removed = 0;
  for (const f of fieldDiffs(before, after)) {
    for (const parts of [f.en, f.zh]) {
      if (!parts) continue;
      const s = diffStats(parts);
      added += s.added;
      removed += s.removed;
    }
  }
  return { added, removed };
};

export function registerLibraryVersionPages(pages: Hono<AppEnv>) {
  pages.get('/library/items/:slug/versions', async (c) => {
    const item = await itemFromPath(c);
    const versions = await listVersions(c.get('app').database.db, item.id);
    const summaries = versions.map((v, i) => {
      const prev = versions[i + 1];
      return { version: v, words: prev ? wordCount(prev.content, v.content) : null };
    });
    const t = c.get('t');
    return render(
      c,
      { title: t('library.versions.title'), section: 'library' },
      <VersionsPage t={t} lang={c.get('lang')} item={item} versions={summaries} />,
    );
  });

  pages.get('/library/items/:slug/versions/:n{[0-9]{1,6}}', async (c) => {
    const item = await itemFromPath(c);
    const n = Number(c.req.param('n'));
    const db = c.get('app').database.db;
    const [after, before] = await Promise.all([getVersion(db, item.id, n), getVersion(db, item.id, n - 1)]);
    if (!after || !before) throw new AppError('not_found');
    const t = c.get('t');
    const lang = c.get('lang');
    return render(
      c,
      { title: t('library.diff.title', { n }), section: 'library' },
      <DiffPage
        t={t}
        lang={lang}
        item={item}
        version={n}
        fields={fieldDiffs(before.content, after.content)}
        meta={metaChanges(t, lang, before.content, after.content)}
      />,
    );
  });
}
