import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { HiddenFormFields } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';

export interface RecentCheckIn {
  registrationId: string;
  name: string;
  organisationName: string;
  checkedInAt: Date;
}

/**
 * The latest check-ins of the day, each with its undo. Also served alone (`…/check-in/recent`), so
 * the page's script puts in the fresh list after every check-in it sends.
 */
export function RecentCheckIns(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  base: string;
  day: string;
  recent: RecentCheckIn[];
}) {
  const { t, lang } = p;
  return (
    <section aria-labelledby="recent-h" id="checkin-recent">
      <h2 id="recent-h">{t('attendance.recent.heading')}</h2>
      {p.recent.length ? (
        <ul class="checkin-recent">
          {p.recent.map((r) => (
            <li>
              <span>
                <strong>{r.name}</strong>
                {r.organisationName ? ` · ${r.organisationName}` : ''}{' '}
                <time datetime={r.checkedInAt.toISOString()}>{formatDateTime(r.checkedInAt, lang)}</time>
              </span>
              <form method="post" action={`${p.base}/undo`}>
                <HiddenFormFields csrfToken={p.csrfToken} />
                <input type="hidden" name="registrationId" value={r.registrationId} />
                <input type="hidden" name="day" value={p.day} />
                <button
                  type="submit"
                  class="button small"
                  aria-label={t('attendance.undo.label', { name: r.name })}
                >
                  {t('attendance.undo')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('attendance.recent.none')}</p>
      )}
    </section>
  );
}
