// Draws the platform's default social image (src/web/static/social.png, 1200 × 630: the size link
// previews and schema.org `image` consumers ask for) with the system's Chromium and Noto CJK fonts:
//   node scripts/social-image.mjs
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { background: #0b4f8a; color: #fff; font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif;
    display: flex; align-items: center; gap: 64px; padding: 0 96px; box-sizing: border-box; }
  svg { width: 220px; height: 220px; flex: none; }
  h1 { font-size: 88px; margin: 0 0 8px; letter-spacing: -1px; }
  p { margin: 0; font-size: 44px; line-height: 1.3; }
  p.en { font-size: 34px; opacity: 0.9; margin-top: 20px; }
</style></head><body>
  <svg viewBox="0 0 40 40"><path d="M20 3 L36 12 V28 L20 37 L4 28 V12 Z" fill="#fff"/>
    <path d="M13 15 h14 M13 20 h10 M13 25 h14" stroke="#0b4f8a" stroke-width="2.5" stroke-linecap="round"/></svg>
  <div><h1>IP Cascade</h1><p>知识产权培训与信息平台</p>
    <p class="en">Intellectual-property training and information platform</p></div>
</body></html>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
writeFileSync(
  new URL('../src/web/static/social.png', import.meta.url),
  await page.screenshot({ type: 'png' }),
);
await browser.close();
