import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime, formatNumber } from '../../../lib/dates.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { AdmitOutcome } from '../admit.js';

export interface ShownResult {
  outcome: AdmitOutcome | 'notADay' | 'futureDay';
  name?: string | null | undefined;
  organisationName?: string | null | undefined;
  at?: Date | null | undefined;
}

const GOOD = new Set(['checkedIn']);
const WARN = new Set(['already']);

/** The big answer at the door: green, amber or red, with the name and, when already in, since when. */
export function Result(p: { t: Translator; lang: Lang; result: ShownResult | null }) {
  const { t, lang, result: r } = p;
  return (
    <div id="checkin-result" class="checkin-result-slot" role="status" aria-live="polite">
      {r ? (
        <div
          class={`checkin-result ${GOOD.has(r.outcome) ? 'is-ok' : WARN.has(r.outcome) ? 'is-warn' : 'is-bad'}`}
          data-outcome={r.outcome}
        >
          <p class="checkin-outcome">
            {r.outcome === 'already' && r.at
              ? t('attendance.result.already', { time: formatDateTime(r.at, lang) })
              : t(`attendance.result.${r.outcome}`)}
          </p>
          {r.name ? (
            <p class="checkin-person">
              <strong>{r.name}</strong>
              {r.organisationName ? <span> · {r.organisationName}</span> : null}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Present against confirmed for the day; replaced after each check-in. */
export function Counts(p: { t: Translator; lang: Lang; present: number; confirmed: number; oob?: boolean }) {
  return (
    <p id="checkin-counts" class="checkin-counts" data-hx-swap-oob={p.oob ? 'true' : undefined}>
      {p.t('attendance.page.counts', {
        present: formatNumber(p.present, p.lang),
        confirmed: formatNumber(p.confirmed, p.lang),
      })}
    </p>
  );
}
