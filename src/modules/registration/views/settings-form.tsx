import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { ErrorSummary, HiddenFormFields, Notice, TextField } from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { Checkbox } from '../../events/index.js';
import type { EventRow } from '../access.js';
import { REGISTRATION_MODES } from '../schema.js';
import { ManageHeader } from './manage-nav.js';

export function SettingsPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  event: EventRow;
  values: FormValues;
  errors?: FieldErrors;
  saved?: boolean;
  promoted?: number;
}) {
  const { t, lang, event } = p;
  const v = (n: string) => fieldValue(p.values, n);
  const e = p.errors ?? {};
  return (
    <div class="wrap narrow">
      <ManageHeader
        t={t}
        lang={lang}
        event={event}
        tab="settings"
        title={t('registration.settings.title')}
        lead={text(event.title, lang)}
      />
      {p.saved ? (
        <Notice kind="success">
          {t('common.saved')}
          {p.promoted ? ` ${t('registration.settings.promoted', { count: p.promoted })}` : ''}
        </Notice>
      ) : null}
      <ErrorSummary t={t} errors={p.errors} />
      <form
        method="post"
        action={href(lang, `/events/${event.id}/registration-settings`)}
        class="stacked"
        novalidate
      >
        <HiddenFormFields csrfToken={p.csrfToken} />
        <fieldset class={e.mode ? 'field choices has-error' : 'field choices'}>
          <legend>{t('registration.settings.mode')}</legend>
          {e.mode ? <p class="field-error">{e.mode}</p> : null}
          {REGISTRATION_MODES.map((m, i) => (
            <div class="choice">
              <input
                type="radio"
                id={i === 0 ? 'f-mode' : `f-mode-${m}`}
                name="mode"
                value={m}
                checked={v('mode') === m}
              />
              <label for={i === 0 ? 'f-mode' : `f-mode-${m}`}>
                {t(`registration.mode.${m}`)}
                <span class="hint block">{t(`registration.modeHint.${m}`)}</span>
              </label>
            </div>
          ))}
        </fieldset>
        <TextField
          t={t}
          name="capacity"
          type="number"
          min={0}
          label={t('registration.settings.capacity')}
          hint={t('registration.settings.capacityHint')}
          value={v('capacity')}
          error={e.capacity}
        />
        <Checkbox
          name="requiresApproval"
          label={t('registration.settings.requiresApproval')}
          hint={t('registration.settings.requiresApprovalHint')}
          checked={v('requiresApproval') === 'on'}
        />
        <TextField
          t={t}
          name="quotaPerOrganisation"
          type="number"
          min={1}
          label={t('registration.settings.quota')}
          hint={t('registration.settings.quotaHint')}
          value={v('quotaPerOrganisation')}
          error={e.quotaPerOrganisation}
        />
        <TextField
          t={t}
          name="opensAt"
          type="datetime-local"
          label={t('registration.settings.opensAt')}
          hint={t('registration.settings.opensAtHint')}
          value={v('opensAt')}
          error={e.opensAt}
        />
        <TextField
          t={t}
          name="closesAt"
          type="datetime-local"
          label={t('registration.settings.closesAt')}
          hint={t('registration.settings.closesAtHint')}
          value={v('closesAt')}
          error={e.closesAt}
        />
        <TextField
          t={t}
          name="cancellationDeadline"
          type="datetime-local"
          label={t('registration.settings.cancellationDeadline')}
          hint={t('registration.settings.cancellationDeadlineHint')}
          value={v('cancellationDeadline')}
          error={e.cancellationDeadline}
        />
        <p>
          <button type="submit" class="button primary">
            {t('common.save')}
          </button>
        </p>
      </form>
    </div>
  );
}
