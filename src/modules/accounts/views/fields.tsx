import type { Role } from '../../../lib/actor.js';
import type { Lang } from '../../../lib/bilingual.js';
import { SelectField } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { City } from '../../places/index.js';
import { PROVINCES } from '../../places/index.js';

export function RoleSelect(p: { t: Translator; roles: readonly Role[]; value?: string; error?: string }) {
  return (
    <SelectField
      t={p.t}
      name="role"
      label={p.t('accounts.field.role')}
      required
      value={p.value ?? ''}
      error={p.error}
      options={p.roles.map((r) => ({ value: r, label: p.t(`accounts.role.${r}`) }))}
    />
  );
}

export function LangSelect(p: { t: Translator; name: string; label: string; value?: string; hint?: string }) {
  return (
    <SelectField
      t={p.t}
      name={p.name}
      label={p.label}
      hint={p.hint}
      required
      value={p.value ?? ''}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}

/**
 * Where a city coordinator may act: a few rows, each a whole province or one city in it.
 * Posted as repeated `scope` values in the same `CN-SD[:city]` form the command line takes.
 */
export function ScopeRows(p: {
  t: Translator;
  lang: Lang;
  cities: City[];
  values: string[];
  error?: string;
  extraRows?: number;
}) {
  const rows = [...p.values.filter((v) => v), ...Array(p.extraRows ?? 2).fill('')] as string[];
  const byProvince = new Map<string, City[]>();
  for (const c of p.cities) byProvince.set(c.province, [...(byProvince.get(c.province) ?? []), c]);
  return (
    <fieldset class={p.error ? 'field has-error' : 'field'} id="f-scopes" aria-describedby="f-scopes-hint">
      <legend>{p.t('accounts.field.scopes')}</legend>
      <p class="hint" id="f-scopes-hint">
        {p.t('accounts.field.scopesHint')}
      </p>
      {p.error ? <p class="field-error">{p.error}</p> : null}
      {rows.map((value, i) => (
        <div class="scope-row">
          <label for={`f-scope-${i}`}>{p.t('accounts.field.scopeRow', { n: i + 1 })}</label>
          <select id={`f-scope-${i}`} name="scope">
            <option value="">{p.t('accounts.field.noScope')}</option>
            {PROVINCES.map((prov) => (
              <optgroup label={prov.name[p.lang]}>
                <option value={prov.code} selected={value === prov.code}>
                  {p.t('accounts.field.wholeProvince', { province: prov.name[p.lang] })}
                </option>
                {(byProvince.get(prov.code) ?? []).map((c) => (
                  <option value={`${prov.code}:${c.id}`} selected={value === `${prov.code}:${c.id}`}>
                    {`${prov.name[p.lang]} · ${c.name[p.lang] || c.name.en || c.name.zh}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}

/** A one-time link that cannot be used: why, and what to do instead. */
export function LinkProblem(p: {
  t: Translator;
  lang: Lang;
  kind: 'reset' | 'invite';
  status: 'expired' | 'used' | 'unknown' | 'taken';
}) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow">
      <h1>{p.kind === 'reset' ? t('accounts.link.resetTitle') : t('accounts.link.inviteTitle')}</h1>
      <p class="lead">{t(`accounts.link.${p.status}`)}</p>
      <p>
        {p.kind === 'reset' ? (
          <a class="button primary" href={href(lang, '/password/forgot')}>
            {t('accounts.link.newReset')}
          </a>
        ) : (
          <a class="button primary" href={href(lang, '/sign-in')}>
            {t('nav.signIn')}
          </a>
        )}
      </p>
      {p.kind === 'invite' ? <p>{t('accounts.link.askAgain')}</p> : null}
    </div>
  );
}
