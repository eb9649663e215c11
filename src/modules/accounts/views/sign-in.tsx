import type { Lang } from '../../../lib/bilingual.js';
import { ErrorSummary, HiddenFormFields, PageHeader, TextField } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';

export function SignInForm(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  email?: string;
  next?: string;
  errors?: FieldErrors;
  message?: string;
}) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader title={t('accounts.signIn.title')} lead={t('accounts.signIn.lead')} />
      <ErrorSummary t={t} errors={p.errors} message={p.message} />
      <form method="post" action={href(lang, '/sign-in')} class="stack" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        {p.next ? <input type="hidden" name="next" value={p.next} /> : null}
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('accounts.field.email')}
          value={p.email}
          error={p.errors?.email}
          autocomplete="username"
          maxLength={254}
          required
        />
        <TextField
          t={t}
          name="password"
          type="password"
          label={t('accounts.field.password')}
          error={p.errors?.password}
          autocomplete="current-password"
          required
        />
        <p>
          <button type="submit" class="button primary">
            {t('accounts.signIn.submit')}
          </button>
        </p>
      </form>
      <p>
        <a href={href(lang, '/password/forgot')}>{t('accounts.signIn.forgot')}</a>
      </p>
    </div>
  );
}
