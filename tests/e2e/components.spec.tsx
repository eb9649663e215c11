import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BilingualField,
  ErrorSummary,
  Notice,
  PageHeader,
  Pagination,
  SelectField,
  TextArea,
  TextField,
  TranslationBadge,
} from '../../src/web/components.js';
import { translator } from '../../src/web/i18n/index.js';
import {
  close,
  expectNoAxeViolations,
  newPage,
  overflowsHorizontally,
  PHONE,
  SMALL_PHONE,
} from './support.js';

type Lang = 'en' | 'zh';
const db = process.env.E2E_DATABASE ?? 'pglite';

/** Every shared component and style in one page body: the living style guide. */
function StyleGuide(p: { lang: Lang }) {
  const t = translator(p.lang);
  const zh = p.lang === 'zh';
  const errors = {
    'title.en': t('form.required'),
    email: t('form.email'),
  };
  return (
    <div class="wrap">
      <PageHeader
        title={zh ? '样式指南' : 'Style guide'}
        lead={t('home.lead')}
        crumbs={[{ href: `/${p.lang}`, label: t('nav.home') }]}
        actions={
          <>
            <a class="button" href={`/${p.lang}/events`}>
              {t('common.export')}
            </a>
            <a class="button primary" href={`/${p.lang}/events`}>
              {t('common.create')}
            </a>
          </>
        }
      />
      <Notice kind="success">{t('common.saved')}</Notice>
      <Notice kind="info">{t('site.tagline')}</Notice>
      <Notice kind="warning">{t('common.inOtherLanguage')}</Notice>
      <p>
        <TranslationBadge t={t} status="complete" /> <TranslationBadge t={t} status="needs_translation" />{' '}
        <TranslationBadge t={t} status="outdated" /> <span class="badge status-draft">draft</span>{' '}
        <span class="badge status-published">published</span>{' '}
        <span class="badge status-cancelled">cancelled</span>{' '}
        <span class="badge status-completed">completed</span>
      </p>
      <form method="get" class="filters" aria-label={t('common.filter')}>
        <SelectField
          t={t}
          name="province"
          label={t('nav.directory')}
          required
          empty={t('common.all')}
          options={[{ value: 'sd', label: zh ? '山东省' : 'Shandong' }]}
        />
        <TextField t={t} name="q" type="search" label={t('common.search')} required />
        <div class="actions">
          <button type="submit" class="button">
            {t('common.filter')}
          </button>
          <a href={`/${p.lang}`}>{t('common.clear')}</a>
        </div>
      </form>
      <div class="table-wrap">
        <table class="table">
          <caption>{t('nav.events')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('nav.events')}</th>
              <th scope="col">{t('translation.label')}</th>
              <th scope="col" class="num">
                {t('common.results', { count: 2 })}
              </th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                <a href={`/${p.lang}/events`}>
                  {zh ? '地方官员知识产权管理培训——青岛' : 'IP management — Qingdao'}
                </a>
              </th>
              <td>
                <TranslationBadge t={t} status="complete" />
              </td>
              <td class="num">1,200</td>
              <td class="row-actions">
                <a href={`/${p.lang}/events`}>{t('common.edit')}</a>
                <form method="post" class="inline">
                  <button type="submit" class="link">
                    {t('common.delete')}
                  </button>
                </form>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <Pagination t={t} page={2} pages={5} hrefFor={(n) => `/${p.lang}/events?page=${n}`} />
      <h2>{t('form.errorSummary')}</h2>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" class="stacked">
        <BilingualField
          t={t}
          name="title"
          label={t('nav.news')}
          hint={t('common.inOtherLanguage')}
          required
          errors={errors}
        />
        <TextField
          t={t}
          name="email"
          type="email"
          label="E-mail"
          value="not-an-address"
          error={errors.email}
          required
        />
        <TextField t={t} name="date" type="date" label={t('common.next')} hint={t('form.date')} />
        <TextArea t={t} name="body" label={t('footer.about')} rows={3} />
        <div class="field checkbox">
          <input type="checkbox" id="f-inStep" name="inStep" />
          <label for="f-inStep">{t('translation.inStep')}</label>
        </div>
        <div class="actions">
          <button type="submit">{t('common.save')}</button>
          <button type="submit" class="danger">
            {t('common.delete')}
          </button>
          <a href={`/${p.lang}`}>{t('common.cancel')}</a>
        </div>
      </form>
      <ul class="cards">
        <li class="card">
          <h3>
            <a href={`/${p.lang}/toolkit`}>{t('module.toolkit.title')}</a>
          </h3>
          <p>{t('module.toolkit.text')}</p>
        </li>
        <li class="card">
          <h3>
            <a href={`/${p.lang}/library`}>{t('module.library.title')}</a>
          </h3>
          <p>{t('module.library.text')}</p>
        </li>
      </ul>
    </div>
  );
}

/** Opens a real page of the site and swaps its main content for the style guide. */
async function styleGuide(lang: Lang, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await newPage(lang, { viewport });
  await page.goto(`/${lang}/learning`);
  const html = await (<StyleGuide lang={lang} />).toString();
  await page.locator('main').evaluate((main, h) => {
    main.innerHTML = h;
  }, html);
  return page;
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not visible`);
  return b;
};

describe(`shared components and styles (${db})`, () => {
  afterAll(close);

  for (const lang of ['en', 'zh'] as const) {
    it(`pass axe and keep their layout on a wide screen (${lang})`, async () => {
      const page = await styleGuide(lang);
      await expectNoAxeViolations(page);
      // English and Chinese side by side, boxes level although only the English one has an error.
      const en = await box(page, '#f-title-en');
      const zh = await box(page, '#f-title-zh');
      expect(Math.abs(en.y - zh.y)).toBeLessThan(2);
      expect(zh.x).toBeGreaterThan(en.x + en.width);
      // A field in error carries a red bar on its left.
      const bar = await page
        .locator('.field.has-error')
        .first()
        .evaluate((el) => [getComputedStyle(el).borderLeftColor, getComputedStyle(el).borderLeftWidth]);
      expect(bar).toEqual(['rgb(179, 38, 30)', '5px']);
      // Labels sit above their fields.
      const label = await box(page, 'label[for="f-email"]');
      const input = await box(page, '#f-email');
      expect(input.y).toBeGreaterThan(label.y + label.height - 1);
    });

    it(`stack and scroll instead of overflowing on a phone (${lang})`, async () => {
      const page = await styleGuide(lang, lang === 'zh' ? SMALL_PHONE : PHONE);
      expect(await overflowsHorizontally(page)).toBe(false);
      const en = await box(page, '.bilingual-pair > .field:first-child');
      const zh = await box(page, '.bilingual-pair > .field:last-child');
      expect(Math.abs(en.x - zh.x)).toBeLessThan(2);
      expect(zh.y).toBeGreaterThan(en.y + en.height);
      // Every control is at least 24 × 24 px (WCAG 2.2 target size).
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('main :is(button, .button, input, select, textarea, summary)')]
          .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
          .filter((x) => x.r.width > 0 && (x.r.width < 24 || x.r.height < 24))
          .map((x) => x.el),
      );
      expect(small).toEqual([]);
      await expectNoAxeViolations(page);
    });
  }

  it('keeps a visible, unobscured focus ring on every control', async () => {
    const page = await styleGuide('en');
    for (const selector of ['#f-email', '#f-province', 'form.stacked button[type="submit"]', '#f-inStep']) {
      await page.locator(selector).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          outline: s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2,
          shadow: s.boxShadow !== 'none',
          background: s.backgroundColor,
          inView: r.top >= 0 && r.bottom <= window.innerHeight,
        };
      });
      expect(ring.outline || ring.shadow, selector).toBe(true);
      expect(ring.inView, selector).toBe(true);
    }
  });
});
