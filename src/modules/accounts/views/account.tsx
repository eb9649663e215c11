import type { Actor } from '../../../lib/actor.js';
import type { Lang } from '../../../lib/bilingual.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader, TextField } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { provinceName } from '../../places/index.js';
import { LangSelect } from './fields.js';
import { NewPasswordFields } from './password.js';

export const ACCOUNT_NOTICES: Record<string, MessageKey> = {
  saved: 'accounts.profile.saved',
  password: 'accounts.profile.passwordChanged',
  passwordKept: 'accounts.profile.passwordChangedKept',
  welcome: 'accounts.profile.welcome',
};

export function AccountPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  user: Actor;
  cityNames: Map<string, string>;
  notice?: MessageKey;
  profile?: { values: { name: string; preferredLang: string }; errors?: FieldErrors };
  passwordErrors?: FieldErrors;
  /** The "sign out other sessions" box; ticked unless the user unticked it. */
  signOutOthers?: boolean;
}) {
  const { t, lang, user } = p;
  const values = p.profile?.values ?? { name: user.name, preferredLang: user.preferredLang };
  return (
    <div class="wrap narrow">
      <PageHeader
        title={t('accounts.profile.title')}
        lead={t('accounts.profile.lead', { email: user.email, role: t(`accounts.role.${user.role}`) })}
        actions={
          <>
            <a class="button" href={href(lang, '/account/registrations')}>
              {t('registration.mine.title')}
            </a>
            <a class="button" href={href(lang, '/account/tokens')}>
              {t('accounts.tokens.title')}
            </a>
            <a class="button" href={href(lang, '/trainers/mine')}>
              {t('accounts.trainerCertificates')}
            </a>
          </>
        }
      />
      {p.notice ? <Notice kind="success">{t(p.notice)}</Notice> : null}
      {user.scopes.length ? (
        <section>
          <h2>{t('accounts.field.scopes')}</h2>
          <ul>
            {user.scopes.map((s) => (
              <li>
                {provinceName(s.province)[lang]}
                {s.cityId ? ` · ${p.cityNames.get(s.cityId) ?? s.cityId}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="profile-h">
        <h2 id="profile-h">{t('accounts.profile.details')}</h2>
        <ErrorSummary t={t} errors={p.profile?.errors} />
        <form method="post" action={href(lang, '/account')} class="stack" novalidate>
          <HiddenFormFields csrfToken={p.csrfToken} />
          <TextField
            t={t}
            name="name"
            label={t('accounts.field.name')}
            value={values.name}
            error={p.profile?.errors?.name}
            autocomplete="name"
            maxLength={200}
            required
          />
          <LangSelect
            t={t}
            name="preferredLang"
            label={t('accounts.field.preferredLang')}
            hint={t('accounts.field.preferredLangHint')}
            value={values.preferredLang}
          />
          <p>
            <button type="submit" class="button primary">
              {t('common.save')}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="password-h">
        <h2 id="password-h">{t('accounts.profile.changePassword')}</h2>
        <ErrorSummary t={t} errors={p.passwordErrors} />
        <form method="post" action={href(lang, '/account/password')} class="stack" novalidate>
          <HiddenFormFields csrfToken={p.csrfToken} />
          <input type="hidden" name="username" autocomplete="username" value={user.email} />
          <TextField
            t={t}
            name="current"
            type="password"
            label={t('accounts.field.currentPassword')}
            error={p.passwordErrors?.current}
            autocomplete="current-password"
            required
          />
          <NewPasswordFields t={t} errors={p.passwordErrors} />
          <div class="field checkbox">
            <input
              type="checkbox"
              id="f-signOutOthers"
              name="signOutOthers"
              value="on"
              checked={p.signOutOthers ?? true}
              aria-describedby="f-signOutOthers-hint"
            />
            <label for="f-signOutOthers">{t('accounts.profile.signOutOthers')}</label>
            <p class="hint" id="f-signOutOthers-hint">
              {t('accounts.profile.signOutOthersHint')}
            </p>
          </div>
          <p>
            <button type="submit" class="button">
              {t('accounts.profile.changePassword')}
            </button>
          </p>
        </form>
      </section>
    </div>
  );
}
