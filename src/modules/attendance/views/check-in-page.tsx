import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { EventRow } from '../../registration/index.js';
import { ManageHeader } from '../../registration/index.js';
import { type RecentCheckIn, RecentCheckIns } from './recent.js';
import { Counts, Result, type ShownResult } from './result.js';
import { type Found, SearchResults } from './search.js';

export interface CheckInPageProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  event: EventRow;
  days: string[];
  day: string;
  /** Today in China: later days are shown but not offered. */
  today: string;
  counts: { present: number; confirmed: number };
  result: ShownResult | null;
  q: string;
  found: Found[] | null;
  /** `found` lists who is not here yet rather than a search's matches. */
  absent: boolean;
  recent: RecentCheckIn[];
  code?: string;
  /** Why the typed code was refused, shown at the field and in the summary. */
  codeError?: string;
  /** A refusal of the form as a whole (a name-search check-in of someone not found). */
  formError?: string;
  notice?: string;
}

/** The words the client script shows, in the page's language (it has no catalogue of its own). */
function clientMessages(t: Translator) {
  return {
    checkedIn: t('attendance.result.checkedIn'),
    already: t('attendance.result.alreadyShort'),
    invalid: t('attendance.result.invalid'),
    notConfirmed: t('attendance.result.notConfirmed'),
    otherEvent: t('attendance.result.otherEvent'),
    notADay: t('attendance.result.notADay'),
    futureDay: t('attendance.result.futureDay'),
    queued: t('attendance.result.queued'),
    unknown: t('attendance.offline.unknown'),
    offline: t('attendance.offline.status'),
    pending: t('attendance.offline.pending', { count: '{count}' }),
    synced: t('attendance.offline.synced', { count: '{count}' }),
    start: t('attendance.scan.start'),
    stop: t('attendance.scan.stop'),
    noCamera: t('attendance.scan.noCamera'),
    counts: t('attendance.page.counts', { present: '{present}', confirmed: '{confirmed}' }),
  };
}

export function CheckInPage(p: CheckInPageProps) {
  const { t, lang, event, day } = p;
  const base = href(lang, `/events/${event.id}/check-in`);
  return (
    <div
      class="wrap checkin"
      id="checkin-app"
      data-event={event.id}
      data-day={day}
      data-base={base}
      data-messages={JSON.stringify(clientMessages(t))}
    >
      <ManageHeader
        t={t}
        lang={lang}
        event={event}
        tab="checkin"
        title={t('attendance.page.title')}
        lead={text(event.title, lang)}
      />
      {p.days.length > 1 ? (
        <nav class="checkin-days" aria-label={t('attendance.page.day')}>
          <ul>
            {p.days.map((d) => (
              <li>
                {d > p.today ? (
                  <span class="checkin-day-later" aria-disabled="true">
                    {t('attendance.page.futureTab', { date: formatDate(d, lang) })}
                  </span>
                ) : (
                  <a href={`${base}?day=${d}`} aria-current={d === day ? 'page' : undefined}>
                    {formatDate(d, lang)}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p class="checkin-day">{formatDate(day, lang)}</p>
      )}
      {day > p.today ? (
        <p class="notice info" id="checkin-not-yet">
          {t('attendance.page.notYet', { date: formatDate(day, lang) })}
        </p>
      ) : null}
      <Counts t={t} lang={lang} {...p.counts} />
      <p id="checkin-offline" class="checkin-offline" hidden />
      {p.notice ? (
        <p class="notice success" role="status">
          {p.notice}
        </p>
      ) : null}
      {p.codeError ? <ErrorSummary t={t} errors={{ code: p.codeError }} /> : null}
      {p.formError ? <ErrorSummary t={t} message={p.formError} /> : null}
      <Result t={t} lang={lang} result={p.result} />

      <section class="checkin-scan" aria-labelledby="scan-h" hidden id="checkin-scan">
        <h2 id="scan-h">{t('attendance.scan.heading')}</h2>
        <p class="hint">{t('attendance.scan.hint')}</p>
        <button type="button" class="button primary" id="checkin-camera">
          {t('attendance.scan.start')}
        </button>
        <video id="checkin-video" muted playsinline hidden aria-label={t('attendance.scan.heading')} />
      </section>

      <section aria-labelledby="code-h">
        <h2 id="code-h">{t('attendance.code.heading')}</h2>
        <form method="post" action={base} id="checkin-code-form" class="f-code">
          <HiddenFormFields csrfToken={p.csrfToken} />
          <input type="hidden" name="day" value={day} />
          <label for="f-code">{t('attendance.code.label')}</label>
          <p class="hint" id="checkin-code-hint">
            {t('attendance.code.hint')}
          </p>
          {p.codeError ? (
            <p class="field-error" id="f-code-error">
              {p.codeError}
            </p>
          ) : null}
          <div class="checkin-inline">
            <input
              id="f-code"
              name="code"
              type="text"
              value={p.code ?? ''}
              maxlength={200}
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              aria-describedby={p.codeError ? 'checkin-code-hint f-code-error' : 'checkin-code-hint'}
              aria-invalid={p.codeError ? 'true' : undefined}
              required
            />
            <button type="submit" class="button primary">
              {t('attendance.code.submit')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="search-h">
        <h2 id="search-h">{t('attendance.search.heading')}</h2>
        <form
          method="get"
          action={base}
          class="checkin-search"
          data-hx-get={`${base}/search`}
          data-hx-target="#checkin-found"
          data-hx-swap="outerHTML"
        >
          <input type="hidden" name="day" value={day} />
          <label for="checkin-q">{t('attendance.search.label')}</label>
          <div class="checkin-inline">
            <input id="checkin-q" name="q" type="search" value={p.q} maxlength={100} autocomplete="off" />
            <button type="submit" class="button">
              {t('attendance.search.submit')}
            </button>
          </div>
        </form>
        {p.absent ? <h3 id="absent-h">{t('attendance.absent.heading')}</h3> : null}
        <SearchResults
          t={t}
          lang={lang}
          csrfToken={p.csrfToken}
          base={base}
          day={day}
          q={p.q}
          found={p.found}
          absent={p.absent}
        />
        {p.absent ? null : (
          <p>
            <a href={`${base}?day=${day}&absent=1`}>{t('attendance.absent.link')}</a>
          </p>
        )}
      </section>

      <RecentCheckIns t={t} lang={lang} csrfToken={p.csrfToken} base={base} day={day} recent={p.recent} />
      <script type="module" src="/static/checkin.js" />
    </div>
  );
}
