import { type Lang, text } from '../../../lib/bilingual.js';
import type { PanelProps, PanelRow } from './trainers-panel.js';

const cityOptions = (cities: PanelProps['cities'], lang: Lang) =>
  cities.map((c) => ({ value: c.id, label: text(c.name, lang) }));

/**
 * Grant (with a reason and a city) or revoke (with a reason) one person, behind a disclosure so the
 * row stays short on a phone. Ids carry the person's id: many of these forms share the page.
 */
export function PersonAction(p: { p: PanelProps; r: PanelRow; field: 'registrationId' | 'attendeeId' }) {
  const { t, lang } = p.p;
  const key = `${p.field}-${p.r.id}`;
  const error = p.p.errors?.[key];
  const revoke = Boolean(p.r.state.activeId);
  return (
    <details open={Boolean(error)}>
      <summary>{revoke ? t('cascade.panel.revoke') : t('cascade.panel.grant')}</summary>
      <form
        method="post"
        action={revoke ? `${p.p.base}/trainers/${p.r.state.activeId}/revoke` : `${p.p.base}/grant`}
        class="stack"
      >
        <input type="hidden" name="_csrf" value={p.p.csrfToken} />
        <input type="hidden" name="row" value={key} />
        {revoke ? null : <input type="hidden" name={p.field} value={p.r.id} />}
        <div class={error ? 'field has-error' : 'field'}>
          <label for={`reason-${key}`}>{t('cascade.panel.reason')}</label>
          {error ? (
            <p class="field-error" id={`reason-${key}-error`}>
              {error}
            </p>
          ) : null}
          <input
            id={`reason-${key}`}
            name="reason"
            type="text"
            maxlength={500}
            required
            value={p.p.typed?.[key]}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `reason-${key}-error` : undefined}
          />
        </div>
        {revoke ? null : (
          <div class="field">
            <label for={`city-${key}`}>{t('cascade.panel.city')}</label>
            <select id={`city-${key}`} name="cityId">
              <option value="">{t('cascade.panel.cityDefault')}</option>
              {cityOptions(p.p.cities, lang).map((o) => (
                <option value={o.value}>{o.label}</option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" class={revoke ? 'danger' : 'primary'}>
          {revoke ? t('cascade.panel.revoke') : t('cascade.panel.grant')}
        </button>
      </form>
    </details>
  );
}
