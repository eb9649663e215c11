import { describe, expect, it } from 'vitest';
import { termFinder } from './glossary/finder.js';
import { isAllowedHref, markdownText, renderMarkdown } from './markdown.js';

const html = (md: string) => renderMarkdown(md).html;

describe('item bodies in Markdown', () => {
  it('renders headings one level down, lists, tables and emphasis', () => {
    const out = html('# Title\n\n- one\n- **two**\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(out).toContain('<h2>Title</h2>');
    expect(out).toContain('<li><strong>two</strong></li>');
    expect(out).toContain('<div class="table-wrap"><table class="table">');
  });

  it('shows raw HTML as text, so no tag or attribute reaches the page', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<div style="background:url(javascript:alert(1))">x</div>',
    ];
    for (const h of hostile) {
      const out = html(h);
      expect(out).toContain('&lt;');
      // The only markup is markdown-it's own: paragraphs, and links it made of plain web addresses.
      for (const [, tag, attrs] of out.matchAll(/<([a-z0-9]+)([^>]*)>/gi)) {
        expect(['p', 'a']).toContain(tag);
        if (tag === 'a')
          expect(attrs).toMatch(/^ href="https:\/\/[^"]*" rel="noopener noreferrer nofollow"$/);
        else expect(attrs).toBe('');
      }
    }
  });

  it('keeps only http(s) and same-site links', () => {
    for (const bad of [
      '[x](javascript:alert(1))',
      '[x](JAVASCRIPT:alert(1))',
      '[x](jav&#x09;ascript:alert(1))',
      '[x](vbscript:msgbox)',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x](//evil.example/)',
      '[x](mailto:a@example.org)',
      '<javascript:alert(1)>',
    ]) {
      expect(html(bad)).not.toMatch(/href=/);
    }
    expect(html('[law](https://www.cnipa.gov.cn/)')).toContain(
      '<a href="https://www.cnipa.gov.cn/" rel="noopener noreferrer nofollow">law</a>',
    );
    expect(html('[item](/en/library/items/x)')).toContain('<a href="/en/library/items/x">item</a>');
    expect(isAllowedHref('#section')).toBe(true);
    expect(isAllowedHref('\\\\evil')).toBe(false);
  });

  it('does not render images, whose sources the site does not serve', () => {
    expect(html('![x](https://evil.example/p.png)')).not.toContain('<img');
  });

  it('escapes attribute values and text it writes itself', () => {
    expect(html('[x](https://example.org/"onmouseover="alert(1))')).not.toContain('" onmouseover');
    expect(html('a & b < c')).toContain('a &amp; b &lt; c');
  });

  it('gives plain text for search and snippets, without syntax or link targets', () => {
    expect(markdownText('## Heading\n\nSee [the law](https://example.org/x) and **CNIPA**.\n\n- item')).toBe(
      'Heading\nSee the law and CNIPA.\nitem',
    );
  });
});

describe('glossary links in item bodies', () => {
  const finder = termFinder(
    [
      { slug: 'trademark', forms: ['trademark', '商标', 'trade mark'] },
      { slug: 'registered-trademark', forms: ['注册商标'] },
      { slug: 'pledge', forms: ['pledge', '质押'] },
    ],
    (slug) => `/en/library/glossary/${slug}`,
  );

  it('links the first occurrence of each term, the longest form first, plurals included', () => {
    const r = renderMarkdown('Trade marks and trademarks. 注册商标与商标。A pledge; another pledge.', finder);
    expect(r.terms).toEqual(['trademark', 'registered-trademark', 'pledge']);
    expect(r.html).toContain(
      '<a href="/en/library/glossary/trademark" class="glossary-term">Trade marks</a>',
    );
    expect(r.html).toContain(
      '<a href="/en/library/glossary/registered-trademark" class="glossary-term">注册商标</a>',
    );
    expect(r.html.match(/glossary\/pledge/g)).toHaveLength(1);
  });

  it('leaves headings, links, code and parts of longer words alone', () => {
    const r = renderMarkdown(
      '## Pledge\n\n[pledge](https://example.org) `pledge` pledged trademarks',
      finder,
    );
    expect(r.html).toContain('<h3>Pledge</h3>');
    expect(r.html).not.toMatch(/glossary\/pledge/);
    expect(r.terms).toEqual(['trademark']);
  });
});
