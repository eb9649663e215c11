import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import { pick } from '../../../lib/bilingual.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { City } from '../../places/index.js';
import { PROVINCES, provinceName } from '../../places/index.js';
import type { OrganisationKind } from '../schema.js';
import { MIIT_SECTORS, sectorLabel } from '../sectors.js';

export const kindLabel = (t: Translator, kind: OrganisationKind) => t(`directory.kind.${kind}`);
export const sizeLabel = (t: Translator, size: 'sme' | 'large' | 'unknown') => t(`directory.size.${size}`);
export const sexLabel = (t: Translator, sex: 'female' | 'male' | null) =>
  sex ? t(`directory.sex.${sex}`) : t('directory.sex.unstated');

export const sectorText = (code: string, lang: Lang) => sectorLabel(code)?.[lang] ?? '';

/** "Qingdao, Shandong" or "山东省青岛市": city and province in the reader's language. */
export function placeText(lang: Lang, province: string, cityName: Bilingual | null): string {
  const prov = province ? provinceName(province)[lang] : '';
  const city = cityName ? pick(cityName, lang).text : '';
  if (lang === 'zh') return `${prov}${city}`;
  return [city, prov].filter(Boolean).join(', ');
}

/** A name in the reader's language, marked with its language when the other one stands in. */
export function Name(p: { value: Bilingual; lang: Lang }) {
  const n = pick(p.value, p.lang);
  return n.fallback ? <span lang={n.lang === 'zh' ? 'zh-CN' : 'en'}>{n.text}</span> : n.text;
}

/** Switches between the organisations and the people of the directory. */
export function DirectoryTabs(p: { t: Translator; lang: Lang; current: 'organisations' | 'people' }) {
  return (
    <nav class="button-group" aria-label={p.t('directory.title')}>
      <a
        class={p.current === 'organisations' ? 'button primary' : 'button'}
        href={href(p.lang, '/directory')}
        aria-current={p.current === 'organisations' ? 'page' : undefined}
      >
        {p.t('directory.organisations')}
      </a>
      <a
        class={p.current === 'people' ? 'button primary' : 'button'}
        href={href(p.lang, '/directory/people')}
        aria-current={p.current === 'people' ? 'page' : undefined}
      >
        {p.t('directory.people')}
      </a>
    </nav>
  );
}

export const sectorOptions = (lang: Lang) =>
  MIIT_SECTORS.map((s) => ({ value: s.code, label: s.label[lang] }));

export const provinceOptions = (lang: Lang, codes?: string[]) =>
  PROVINCES.filter((p) => !codes || codes.includes(p.code)).map((p) => ({
    value: p.code,
    label: p.name[lang],
  }));

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/**
 * The province select of a form. With htmx, choosing a province reloads the city list below
 * it; without JavaScript the city list simply shows every city, grouped by province.
 */
export function ProvinceSelect(p: {
  t: Translator;
  lang: Lang;
  value: string;
  error?: string;
  codes?: string[];
}) {
  const id = 'f-province';
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <label for={id}>
        {p.t('directory.field.province')}
        <span class="optional">{p.t('common.optionalMark')}</span>
      </label>
      {p.error ? (
        <p class="field-error" id={`${id}-error`}>
          {p.error}
        </p>
      ) : null}
      <select
        id={id}
        name="province"
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(id, undefined, p.error)}
        data-hx-get={href(p.lang, '/directory/city-options')}
        data-hx-target="#f-cityId"
        data-hx-trigger="change"
        data-hx-swap="innerHTML"
      >
        <option value="">{p.t('directory.choose')}</option>
        {provinceOptions(p.lang, p.codes).map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CityOptions(p: { t: Translator; lang: Lang; cities: City[]; value: string }) {
  const groups = PROVINCES.map((prov) => ({
    prov,
    cities: p.cities.filter((c) => c.province === prov.code),
  })).filter((g) => g.cities.length);
  const option = (c: City) => (
    <option value={c.id} selected={c.id === p.value}>
      {pick(c.name, p.lang).text}
    </option>
  );
  return (
    <>
      <option value="">{p.t('directory.choose')}</option>
      {groups.length === 1
        ? groups[0]!.cities.map(option)
        : groups.map((g) => <optgroup label={g.prov.name[p.lang]}>{g.cities.map(option)}</optgroup>)}
    </>
  );
}

export function CitySelect(p: { t: Translator; lang: Lang; cities: City[]; value: string; error?: string }) {
  const id = 'f-cityId';
  const hint = p.t('directory.hint.city');
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <label for={id}>
        {p.t('directory.field.city')}
        <span class="optional">{p.t('common.optionalMark')}</span>
      </label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {p.error ? (
        <p class="field-error" id={`${id}-error`}>
          {p.error}
        </p>
      ) : null}
      <select
        id={id}
        name="cityId"
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, p.error)}
      >
        <CityOptions t={p.t} lang={p.lang} cities={p.cities} value={p.value} />
      </select>
    </div>
  );
}

/** A filter's select: optional by nature, so it carries no "optional" mark. */
export function FilterSelect(p: {
  name: string;
  label: string;
  value: string;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="field">
      <label for={`f-${p.name}`}>{p.label}</label>
      <select id={`f-${p.name}`} name={p.name}>
        <option value="">{p.any}</option>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchBox(p: { label: string; value: string }) {
  return (
    <div class="field">
      <label for="f-q">{p.label}</label>
      <input id="f-q" name="q" type="search" value={p.value} maxlength={200} />
    </div>
  );
}
