import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { HiddenFormFields } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';

export interface Found {
  registrationId: string;
  name: string;
  organisationName: string;
  email: string;
  checkedInAt: Date | null;
}

/** Who matched a name search, each with a button that checks them in (or undoes it). */
export function SearchResults(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  base: string;
  day: string;
  q: string;
  found: Found[] | null;
  absent?: boolean;
}) {
  const { t, lang } = p;
  if (!p.found) return <div id="checkin-found" />;
  if (!p.found.length)
    return (
      <div id="checkin-found">
        <p>{p.absent ? t('attendance.absent.none') : t('attendance.search.none', { q: p.q })}</p>
      </div>
    );
  return (
    <div id="checkin-found">
      <ul class="checkin-found" aria-label={t('attendance.search.results')}>
        {p.found.map((f) => (
          <li>
            <span class="checkin-found-who">
              <strong>{f.name}</strong>
              {f.organisationName ? <span> · {f.organisationName}</span> : null}
              <br />
              <span class="hint">{f.email}</span>
            </span>
            {f.checkedInAt ? (
              <form method="post" action={`${p.base}/undo`}>
                <HiddenFormFields csrfToken={p.csrfToken} />
                <input type="hidden" name="registrationId" value={f.registrationId} />
                <input type="hidden" name="day" value={p.day} />
                <input type="hidden" name="q" value={p.q} />
                <span class="checkin-present">
                  {t('attendance.search.present', { time: formatDateTime(f.checkedInAt, lang) })}
                </span>{' '}
                <button
                  type="submit"
                  class="button"
                  aria-label={t('attendance.undo.label', { name: f.name })}
                >
                  {t('attendance.undo')}
                </button>
              </form>
            ) : (
              <form method="post" action={`${p.base}/person`}>
                <HiddenFormFields csrfToken={p.csrfToken} />
                <input type="hidden" name="registrationId" value={f.registrationId} />
                <input type="hidden" name="day" value={p.day} />
                <input type="hidden" name="q" value={p.q} />
                <button
                  type="submit"
                  class="button primary"
                  aria-label={t('attendance.search.checkIn', { name: f.name })}
                >
                  {t('attendance.code.submit')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
