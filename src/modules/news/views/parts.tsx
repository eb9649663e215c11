import type { Child } from 'hono/jsx';
import { type Bilingual, type Lang, pick } from '../../../lib/bilingual.js';
import { laggingLang, type TranslationStatus } from '../../../lib/translation.js';
import { TranslationBadge } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { htmlLang } from '../../../web/i18n/negotiate.js';
import { paragraphs } from '../paragraphs.js';

/**
 * Text in the reader's language; when only the other language has it, that text is shown inside an
 * element carrying its `lang` (so screen readers switch voice) and, with `mark`, a visible tag.
 */
export function Tr(p: { value: Bilingual | null | undefined; lang: Lang; t?: Translator; mark?: boolean }) {
  const v = pick(p.value, p.lang);
  if (!v.fallback || !v.text) return <>{v.text}</>;
  return (
    <>
      <span lang={htmlLang(v.lang)} class="fallback">
        {v.text}
      </span>
      {p.mark && p.t ? (
        <>
          {' '}
          <span class="tag fallback-tag">{p.t('news.fallbackTag')}</span>
        </>
      ) : null}
    </>
  );
}

/** Plain text as paragraphs: a blank line starts a new one, a single line break stays a break. */
export function Paragraphs(p: { text: string; lang?: string }) {
  return (
    <div class="prose" lang={p.lang}>
      {paragraphs(p.text).map((lines) => (
        <p>
          {lines.map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </div>
  );
}

/** The translation badge and, when one language lags, which one. */
export function TranslationState(p: {
  t: Translator;
  status: TranslationStatus;
  fields: Bilingual[];
  enEditedAt: Date | null;
  zhEditedAt: Date | null;
}): Child {
  const lag = laggingLang(p.fields, p.enEditedAt, p.zhEditedAt);
  return (
    <>
      <TranslationBadge t={p.t} status={p.status} />
      {lag && p.status !== 'complete' ? (
        <>
          {' '}
          <span class="lags">
            {p.t('news.col.lags')}
            {p.t('news.colon')}
            {p.t(`news.lags.${lag}`)}
          </span>
        </>
      ) : null}
    </>
  );
}
