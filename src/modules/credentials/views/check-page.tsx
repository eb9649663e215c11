import type { Lang } from '../../../lib/bilingual.js';
import { ErrorSummary, FileField, HiddenFormFields, PageHeader, TextArea } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { Presented } from '../check.js';
import { Facts, Sources, Verdict } from './credential-page.js';

export interface CheckPageProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  /** The verdict on what was sent, once something readable was. */
  checked?: Presented | undefined;
  /** Why what was sent could not be read, on the field it came from. */
  error?: { field: 'file' | 'credential'; message: string } | undefined;
  pasted?: string | undefined;
}

function Result(p: { t: Translator; lang: Lang; checked: Presented }) {
  const { t, lang, checked } = p;
  return (
    <section aria-labelledby="check-result-h" class="check-result">
      <h2 id="check-result-h">{t('credentials.check.result')}</h2>
      <Verdict t={t} result={checked.result} />
      {checked.stored && checked.result.verified ? (
        <>
          <Facts t={t} lang={lang} link={{ credential: checked.stored, result: checked.result }} />
          <p>
            <a href={href(lang, `/credentials/${checked.stored.id}`)}>{t('credentials.check.page')}</a>
          </p>
          <Sources t={t} lang={lang} sources={checked.sources} />
        </>
      ) : null}
    </section>
  );
}

/** Anyone checks a credential file they were given: chosen, or pasted, then the verdict. */
export function CheckPage(p: CheckPageProps) {
  const { t, lang } = p;
  const errorOn = (field: 'file' | 'credential') => (p.error?.field === field ? p.error.message : undefined);
  return (
    <div class="wrap narrow verify">
      <PageHeader title={t('credentials.check.title')} lead={t('credentials.check.lead')} />
      {p.checked ? <Result t={t} lang={lang} checked={p.checked} /> : null}
      {p.error ? <ErrorSummary t={t} errors={{ [p.error.field]: p.error.message }} /> : null}
      <form
        method="post"
        action={href(lang, '/credentials/verify')}
        enctype="multipart/form-data"
        class="stacked"
      >
        <HiddenFormFields csrfToken={p.csrfToken} />
        <FileField
          t={t}
          name="file"
          label={t('credentials.check.file')}
          accept=".json,.jsonld,application/json,application/ld+json"
          error={errorOn('file')}
          hideOptional
        />
        <TextArea
          t={t}
          name="credential"
          label={t('credentials.check.paste')}
          rows={8}
          spellcheck={false}
          value={p.pasted}
          error={errorOn('credential')}
          hideOptional
        />
        <p>
          <button type="submit" class="button primary">
            {t('credentials.check.submit')}
          </button>
        </p>
      </form>
    </div>
  );
}
