import type { Lang } from '../../../lib/bilingual.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  SelectField,
  TextArea,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { type OptionField, PCT_OFFICES, RIGHT_TYPES, type RightType } from '../kinds.js';
import type { OrganisationRef } from '../queries.js';
import { RIGHT_STATUSES } from '../schema.js';
import { jurisdictionLabel, paths, statusLabel, Text, typeLabel } from './parts.js';

const DATE_OPTIONS: OptionField[] = ['nationalPhaseEntry', 'grantNoticeReceived', 'examinationRequested'];
const NUMBER_OPTIONS: OptionField[] = ['grantYear', 'ptaDays', 'applicantDelayDays', 'reasonableDelayDays'];
const HINTED = new Set(['nationalPhaseEntry', 'grantYear', 'grantNoticeReceived', 'ptaDays']);

/** Step one of adding a right: which kind, grouped by jurisdiction; each kind is a link to its form. */
export function TypeChooser(p: {
  t: Translator;
  lang: Lang;
  org: OrganisationRef;
  action: string;
  current?: string;
}) {
  const { t, lang } = p;
  const groups = [...new Set(RIGHT_TYPES.map((r) => r.jurisdiction))];
  return (
    <div class="wrap narrow ip-register">
      <PageHeader
        title={t('ip.right.new')}
        lead={<Text value={p.org.name} lang={lang} />}
        crumbs={[
          { href: href(lang, paths.index), label: t('ip.register.title') },
          { href: href(lang, paths.portfolio(p.org.id)), label: t('ip.portfolio.title') },
        ]}
      />
      <p>{t('ip.right.chooseType')}</p>
      {groups.map((j) => (
        <section class="ip-type-group" aria-labelledby={`type-${j}`}>
          <h2 id={`type-${j}`}>{jurisdictionLabel(t, j)}</h2>
          <ul class="ip-type-list">
            {RIGHT_TYPES.filter((r) => r.jurisdiction === j).map((r) => (
              <li>
                <a
                  href={`${p.action}?type=${encodeURIComponent(r.key)}`}
                  aria-current={p.current === r.key ? 'true' : undefined}
                >
                  {typeLabel(t, r.jurisdiction, r.right)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Checkbox(p: { name: string; label: string; checked: boolean; value?: string; id?: string }) {
  const id = p.id ?? `f-${p.name.replace(/\./g, '-')}`;
  return (
    <div class="field checkbox">
      <input type="checkbox" id={id} name={p.name} value={p.value ?? 'on'} checked={p.checked} />
      <label for={id}>{p.label}</label>
    </div>
  );
}

function listValue(values: FormValues | undefined, path: string): string[] {
  let node: unknown = values;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (Array.isArray(node)) return node.map(String);
  return typeof node === 'string' && node ? [node] : [];
}

function OptionInput(p: {
  t: Translator;
  option: OptionField;
  values?: FormValues;
  errors?: FieldErrors;
  type: RightType;
}) {
  const { t, option } = p;
  const name = `options.${option}`;
  const label = t(`ip.option.${option}` as MessageKey);
  const hint = HINTED.has(option) ? t(`ip.option.${option}.hint` as MessageKey) : undefined;
  const common = { t, name, label, hint, error: p.errors?.[name], value: fieldValue(p.values, name) };
  const required = p.type.required.includes(option);
  if (option === 'viaPct') {
    const v = fieldValue(p.values, name);
    return <Checkbox name={name} label={label} checked={v === 'on' || v === 'true'} />;
  }
  if (DATE_OPTIONS.includes(option)) return <TextField {...common} type="date" />;
  if (NUMBER_OPTIONS.includes(option))
    return <TextField {...common} type="number" min={option === 'grantYear' ? 1 : 0} />;
  if (option === 'ownerKind' || option === 'designRegime') {
    const choices = option === 'ownerKind' ? ['natural', 'legal'] : ['auto', 'old', 'new'];
    return (
      <SelectField
        {...common}
        required={required}
        empty={option === 'designRegime' ? undefined : t('ip.form.choose')}
        options={choices.map((c) => ({ value: c, label: t(`ip.option.${option}.${c}` as MessageKey) }))}
      />
    );
  }
  const chosen = listValue(p.values, name);
  return (
    <fieldset class={p.errors?.[name] ? 'has-error' : undefined}>
      <legend>{label}</legend>
      {p.errors?.[name] ? <p class="field-error">{p.errors[name]}</p> : null}
      {PCT_OFFICES.map((o) => (
        <Checkbox
          name={name}
          id={`f-offices-${o}`}
          value={o}
          label={t(`ip.office.${o}`)}
          checked={chosen.includes(o)}
        />
      ))}
    </fieldset>
  );
}

export interface RightFormProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  org: OrganisationRef;
  type: RightType;
  action: string;
  /** Where "change the kind of right" leads. */
  changeType: string;
  values?: FormValues;
  errors?: FieldErrors;
  people: { id: string; name: string; email: string }[];
  editing: boolean;
}

export function RightForm(p: RightFormProps) {
  const { t, lang, type, values, errors } = p;
  const responsible = listValue(values, 'responsibleIds');
  return (
    <div class="wrap narrow ip-register">
      <PageHeader
        title={p.editing ? t('ip.right.edit') : t('ip.right.new')}
        lead={<Text value={p.org.name} lang={lang} />}
        crumbs={[
          { href: href(lang, paths.index), label: t('ip.register.title') },
          { href: href(lang, paths.portfolio(p.org.id)), label: t('ip.portfolio.title') },
        ]}
      />
      <ErrorSummary t={t} errors={errors} />
      <p class="ip-type-line">
        <strong>{typeLabel(t, type.jurisdiction, type.right)}</strong>{' '}
        <a href={p.changeType}>{t('ip.right.changeType')}</a>
      </p>
      <form method="post" action={p.action} class="stack" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        <input type="hidden" name="jurisdiction" value={type.jurisdiction} />
        <input type="hidden" name="right" value={type.right} />
        <BilingualField
          t={t}
          name="title"
          label={t('ip.field.title')}
          hint={t('ip.field.title.hint')}
          value={{ en: fieldValue(values, 'title.en'), zh: fieldValue(values, 'title.zh') }}
          errors={errors}
          maxLength={300}
          required
        />
        <SelectField
          t={t}
          name="status"
          label={t('ip.field.status')}
          value={fieldValue(values, 'status') || 'pending'}
          error={errors?.status}
          required
          options={RIGHT_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        />
        <div class="field-row">
          <TextField
            t={t}
            name="applicationNumber"
            label={t('ip.field.applicationNumber')}
            value={fieldValue(values, 'applicationNumber')}
            error={errors?.applicationNumber}
            maxLength={100}
          />
          <TextField
            t={t}
            name="registrationNumber"
            label={t('ip.field.registrationNumber')}
            value={fieldValue(values, 'registrationNumber')}
            error={errors?.registrationNumber}
            maxLength={100}
          />
        </div>
        <TextField
          t={t}
          name="owner"
          label={t('ip.field.owner')}
          value={fieldValue(values, 'owner')}
          error={errors?.owner}
          maxLength={300}
        />
        {type.dates.length ? (
          <fieldset>
            <legend>{t('ip.form.dates')}</legend>
            {type.dates.map((d) => (
              <TextField
                t={t}
                type="date"
                name={`dates.${d}`}
                label={t(`ip.date.${d}`)}
                hint={t(`ip.date.${d}.hint`)}
                value={fieldValue(values, `dates.${d}`)}
                error={errors?.[`dates.${d}`]}
                required={type.required.includes(d)}
              />
            ))}
          </fieldset>
        ) : (
          <p class="hint">{t('ip.form.noDates')}</p>
        )}
        {type.options.length ? (
          <fieldset>
            <legend>{t('ip.form.options')}</legend>
            {type.options.map((o) => (
              <OptionInput t={t} option={o} values={values} errors={errors} type={type} />
            ))}
          </fieldset>
        ) : null}
        <fieldset class={errors?.responsibleIds ? 'has-error' : undefined}>
          <legend>{t('ip.field.responsible')}</legend>
          <p class="hint">{t('ip.field.responsible.hint')}</p>
          {errors?.responsibleIds ? <p class="field-error">{errors.responsibleIds}</p> : null}
          {p.people.map((u) => (
            <Checkbox
              name="responsibleIds"
              id={`f-responsible-${u.id}`}
              value={u.id}
              label={u.name ? `${u.name} (${u.email})` : u.email}
              checked={responsible.includes(u.id)}
            />
          ))}
        </fieldset>
        <TextArea
          t={t}
          name="notes"
          label={t('ip.field.notes')}
          value={fieldValue(values, 'notes')}
          error={errors?.notes}
          rows={4}
          maxLength={5000}
        />
        <div class="actions">
          <button type="submit" class="button primary">
            {p.editing ? t('common.save') : t('ip.right.add')}
          </button>
          <a href={href(lang, paths.portfolio(p.org.id))}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>
  );
}
