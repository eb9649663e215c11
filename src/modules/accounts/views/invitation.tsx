import type { Role } from '../../../lib/actor.js';
import type { Lang } from '../../../lib/bilingual.js';
import { ErrorSummary, HiddenFormFields, PageHeader, TextField } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { LangSelect } from './fields.js';
import { NewPasswordFields } from './password.js';

export function AcceptForm(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  token: string;
  email: string;
  role: Role;
  name?: string;
  preferredLang: string;
  errors?: FieldErrors;
}) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <PageHeader
        title={t('accounts.accept.title')}
        lead={t('accounts.accept.lead', { email: p.email, role: t(`accounts.role.${p.role}`) })}
      />
      <ErrorSummary t={t} errors={p.errors} />
      <form
        method="post"
        action={href(lang, `/invitations/${encodeURIComponent(p.token)}`)}
        class="stack"
        novalidate
      >
        <HiddenFormFields csrfToken={p.csrfToken} />
        <input type="hidden" name="email" autocomplete="username" value={p.email} />
        <TextField
          t={t}
          name="name"
          label={t('accounts.field.name')}
          value={p.name}
          error={p.errors?.name}
          autocomplete="name"
          maxLength={200}
          required
        />
        <LangSelect
          t={t}
          name="preferredLang"
          label={t('accounts.field.preferredLang')}
          hint={t('accounts.field.preferredLangHint')}
          value={p.preferredLang}
        />
        <NewPasswordFields t={t} errors={p.errors} label={t('accounts.field.password')} />
        <p>
          <button type="submit" class="button primary">
            {t('accounts.accept.submit')}
          </button>
        </p>
      </form>
    </div>
  );
}
