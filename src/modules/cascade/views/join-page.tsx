import { createHash } from 'node:crypto';
import { html } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Lang } from '../../../lib/bilingual.js';
import type { FieldErrors, FormValues } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { htmlLang } from '../../../web/i18n/negotiate.js';
import { AttendeeFields } from './attendee-fields.js';

/**
 * The QR sign-in page's whole style, inline so that the page is one small answer on a weak
 * connection (no stylesheet, no script); the page's own CSP allows exactly this style by its hash.
 */
const STYLE =
  'body{margin:0;font:16px/1.45 system-ui,-apple-system,"Noto Sans SC","PingFang SC",sans-serif;color:#1b1b1b;background:#f4f6f8}' +
  'main{max-width:32rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh;box-sizing:border-box}' +
  'h1{font-size:1.3rem;margin:.2rem 0}.lang{text-align:right;margin:0}.meta{color:#555;margin:.2rem 0 1rem}' +
  '.field{margin:0 0 .8rem}label{display:block;font-weight:600}.optional{font-weight:400;color:#666}' +
  'input,select,button{font:inherit;width:100%;box-sizing:border-box;padding:.55rem;border:1px solid #888;border-radius:4px}' +
  '.consent{display:flex;gap:.6rem;align-items:flex-start}.consent input{width:auto;margin-top:.3rem}' +
  'button{background:#0b5394;color:#fff;border:0;font-weight:600;padding:.75rem}' +
  '.hint{color:#555;margin:.1rem 0;font-size:.9rem}.field-error,.error{color:#b00020;font-weight:600}' +
  '.has-error input,.has-error select{border-color:#b00020}.ok{background:#e6f4ea;padding:.8rem;border-radius:4px}';

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** What the sign-in pages allow: their own inline style, forms to themselves, nothing else. */
export const JOIN_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

/** A sign-in page: the language switch, the session it belongs to, then `children`. */
export function JoinShell(p: {
  lang: Lang;
  t: Translator;
  title: string;
  path: string;
  siteUrl: string;
  children?: Child;
}) {
  const other: Lang = p.lang === 'en' ? 'zh' : 'en';
  return html`<!DOCTYPE html>${(
    <html lang={htmlLang(p.lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${p.t('cascade.join.title')} · ${p.title}`}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
        {(['en', 'zh'] as const).map((l) => (
          <link rel="alternate" hreflang={htmlLang(l)} href={`${p.siteUrl}/${l}${p.path}`} />
        ))}
      </head>
      <body>
        <main>
          <p class="lang">
            <a href={`/${other}${p.path}`} hreflang={htmlLang(other)} lang={htmlLang(other)}>
              {p.t('nav.switchTo')}
            </a>
          </p>
          {p.children}
        </main>
      </body>
    </html>
  )}`;
}

/** The sign-in form: name, organisation, credit code, sector, phone or e-mail, consent. */
export function JoinForm(p: {
  t: Translator;
  lang: Lang;
  action: string;
  csrfToken: string;
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
}) {
  const { t } = p;
  return (
    <form method="post" action={p.action}>
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      {p.message || p.errors ? (
        <div class="error" role="alert">
          <p>{t('form.errorSummary')}</p>
          <p>{p.message ?? t('cascade.join.fix')}</p>
        </div>
      ) : null}
      <AttendeeFields t={t} lang={p.lang} values={p.values} errors={p.errors} />
      <div class={p.errors?.consent ? 'field has-error' : 'field'}>
        {p.errors?.consent ? <p class="field-error">{p.errors.consent}</p> : null}
        <label class="consent">
          <input type="checkbox" name="consent" value="on" required />
          <span>{t('cascade.join.consent')}</span>
        </label>
      </div>
      <button type="submit">{t('cascade.join.submit')}</button>
    </form>
  );
}
