import type { FormValues } from '../../../web/forms.js';
import { fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';

/** The posted (or stored) values of a multi-valued field, as strings. */
export function manyOf(values: FormValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.map(String);
  return typeof v === 'string' && v ? [v] : [];
}

export const pairOf = (values: FormValues, name: string) => ({
  en: fieldValue(values, `${name}.en`),
  zh: fieldValue(values, `${name}.zh`),
});

export function Checks(p: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
  error?: string;
}) {
  return (
    <fieldset class={p.error ? 'check-group has-error' : 'check-group'} id={`f-${p.name}`}>
      <legend>{p.legend}</legend>
      {p.error ? <p class="field-error">{p.error}</p> : null}
      <ul class="check-columns">
        {p.options.map((o) => {
          const id = `f-${p.name}-${o.value}`;
          return (
            <li class="check">
              <input
                type="checkbox"
                id={id}
                name={p.name}
                value={o.value}
                checked={p.checked.includes(o.value)}
              />
              <label for={id}>{o.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** One checkbox with its label (posted as `on`). */
export function Tick(p: { name: string; label: string; values: FormValues; hint?: string }) {
  const on = ['on', 'true'].includes(fieldValue(p.values, p.name)) || p.values[p.name] === true;
  return (
    <div class="field checkbox">
      <input type="checkbox" id={`f-${p.name}`} name={p.name} value="on" checked={on} />
      <label for={`f-${p.name}`}>{p.label}</label>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
    </div>
  );
}

/** A small form that posts one action (up, down, delete …) as a button: works without a script. */
export function ActionButton(p: {
  action: string;
  csrfToken: string;
  label: string;
  /** What a screen reader hears, when the visible label is short (↑, ↓). */
  ariaLabel?: string;
  name?: string;
  value?: string;
  secondary?: boolean;
  disabled?: boolean;
}) {
  return (
    <form method="post" action={p.action} class="inline">
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      <button
        type="submit"
        name={p.name}
        value={p.value}
        class={p.secondary ? 'secondary' : undefined}
        aria-label={p.ariaLabel}
        disabled={p.disabled}
      >
        {p.label}
      </button>
    </form>
  );
}

export type { Translator };
