import type { Lang } from '../../../lib/bilingual.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader, TextField } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { MIN_PASSWORD } from '../password.js';

export function ForgotForm(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  email?: string;
  errors?: FieldErrors;
  sent?: boolean;
}) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader title={t('accounts.forgot.title')} lead={t('accounts.forgot.lead')} />
      {p.sent ? <Notice kind="success">{t('accounts.forgot.sent', { email: p.email ?? '' })}</Notice> : null}
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action={href(lang, '/password/forgot')} class="stack" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('accounts.field.email')}
          value={p.email}
          error={p.errors?.email}
          autocomplete="email"
          maxLength={254}
          required
        />
        <p>
          <button type="submit" class="button primary">
            {t('accounts.forgot.submit')}
          </button>
        </p>
      </form>
      <p>
        <a href={href(lang, '/sign-in')}>{t('accounts.forgot.back')}</a>
      </p>
    </div>
  );
}

/** New password and its repetition; used by the reset, invitation and profile forms. */
export function NewPasswordFields(p: { t: Translator; errors?: FieldErrors; label?: string }) {
  const { t } = p;
  return (
    <>
      <TextField
        t={t}
        name="password"
        type="password"
        label={p.label ?? t('accounts.field.newPassword')}
        hint={t('accounts.field.passwordHint', { min: MIN_PASSWORD })}
        error={p.errors?.password}
        autocomplete="new-password"
        required
      />
      <TextField
        t={t}
        name="confirm"
        type="password"
        label={t('accounts.field.confirmPassword')}
        error={p.errors?.confirm}
        autocomplete="new-password"
        required
      />
    </>
  );
}

export function ResetForm(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  token: string;
  email: string;
  errors?: FieldErrors;
}) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader title={t('accounts.reset.title')} lead={t('accounts.reset.lead', { email: p.email })} />
      <ErrorSummary t={t} errors={p.errors} />
      <form
        method="post"
        action={href(lang, `/password/reset/${encodeURIComponent(p.token)}`)}
        class="stack"
        novalidate
      >
        <HiddenFormFields csrfToken={p.csrfToken} />
        <input type="hidden" name="email" autocomplete="username" value={p.email} />
        <NewPasswordFields t={t} errors={p.errors} />
        <p>
          <button type="submit" class="button primary">
            {t('accounts.reset.submit')}
          </button>
        </p>
      </form>
    </div>
  );
}
