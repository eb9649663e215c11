import type { Translator } from '../../../web/i18n/index.js';
import { AGENDA_CHOICES } from '../agenda-part.js';

/**
 * Asked when new dates would leave agenda sessions outside the event: move them with the event or
 * keep them (shown marked). Shown once the server has asked, with the answer kept on a refusal.
 */
export function AgendaQuestion(p: { t: Translator; value: string; error?: string }) {
  const { t } = p;
  return (
    <fieldset class={p.error ? 'field choices has-error agenda-question' : 'field choices agenda-question'}>
      <legend>{t('events.agendaOutside.legend')}</legend>
      {p.error ? (
        <p class="field-error" id="f-agendaOutsideDates-error">
          {p.error}
        </p>
      ) : null}
      {AGENDA_CHOICES.map((c, i) => (
        <div class="choice">
          <input
            type="radio"
            id={i === 0 ? 'f-agendaOutsideDates' : `f-agendaOutsideDates-${c}`}
            name="agendaOutsideDates"
            value={c}
            checked={p.value === c}
          />
          <label for={i === 0 ? 'f-agendaOutsideDates' : `f-agendaOutsideDates-${c}`}>
            {t(`events.agendaOutside.${c}`)}
            <span class="hint block">{t(`events.agendaOutside.${c}Hint`)}</span>
          </label>
        </div>
      ))}
      <p class="hint">{t('events.agendaOutside.told')}</p>
    </fieldset>
  );
}
