import type { Lang } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { HiddenFormFields } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { basisIn, deadlineKey } from '../compute.js';
import type { Deadline, Expiry, Uncertain } from '../engine/types.js';
import { inGrace } from '../grace.js';
import { surchargeText } from '../grace-text.js';
import { type UrgencyBounds, urgencyOf } from '../urgency.js';
import { Day, officeLabel, paths, Text, UrgencyBadge } from './parts.js';

/** "15 June 2025 (raw date: 14 June 2025, a Sunday…)" when rolling moved the date. */
function Effective(p: { t: Translator; lang: Lang; date: string; raw?: string }) {
  return (
    <>
      <Day iso={p.date} lang={p.lang} />
      {p.raw && p.raw !== p.date ? (
        <span class="meta">
          {' '}
          {p.t('ip.schedule.rawWas')} <Day iso={p.raw} lang={p.lang} />
        </span>
      ) : null}
    </>
  );
}

function UncertainNote(p: { t: Translator; lang: Lang; uncertain: Uncertain }) {
  const alts = p.uncertain.alternatives ?? [];
  const fields = ['opens', 'due', 'graceEnds', 'renewsTo', 'lastDayInForce'] as const;
  return (
    <details class="ip-uncertain-note">
      <summary>{p.t('ip.schedule.uncertain')}</summary>
      <p>
        <Text value={p.uncertain.reason} lang={p.lang} />
      </p>
      {alts.length ? (
        <ul>
          {alts.flatMap((a) =>
            fields
              .filter((f) => a[f])
              .map((f) => (
                <li>
                  {p.t(`ip.schedule.alt.${f}`)}: <Day iso={a[f]} lang={p.lang} />
                </li>
              )),
          )}
        </ul>
      ) : null}
    </details>
  );
}

export function ExpiryFacts(p: { t: Translator; lang: Lang; expiry: Expiry | null }) {
  const { t, lang, expiry } = p;
  if (!expiry) return <p>{t('ip.schedule.noTerm')}</p>;
  return (
    <dl class="summary-list">
      <div>
        <dt>{t('ip.schedule.lastDay')}</dt>
        <dd>
          <Day iso={expiry.lastDayInForce} lang={lang} />
          {expiry.renewable ? <span class="meta"> {t('ip.schedule.renewable')}</span> : null}
        </dd>
      </div>
      {expiry.raw ? (
        <div>
          <dt>{t('ip.schedule.officeDate')}</dt>
          <dd>
            <Day iso={expiry.raw} lang={lang} />
          </dd>
        </div>
      ) : null}
      {expiry.adjustmentDays ? (
        <div>
          <dt>{t('ip.option.ptaDays')}</dt>
          <dd>{t('ip.schedule.days', { count: expiry.adjustmentDays })}</dd>
        </div>
      ) : null}
      {expiry.maxTermEnds ? (
        <div>
          <dt>{t('ip.schedule.maxTerm')}</dt>
          <dd>
            <Day iso={expiry.maxTermEnds} lang={lang} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('ip.schedule.basis')}</dt>
        <dd>{basisIn(expiry.basis, lang)}</dd>
      </div>
      {expiry.uncertain ? (
        <div>
          <dt>{t('ip.schedule.uncertainShort')}</dt>
          <dd>
            <UncertainNote t={t} lang={lang} uncertain={expiry.uncertain} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function Surcharge(p: { t: Translator; lang: Lang; d: Deadline }) {
  const s = p.d.surcharge;
  if (!s) return null;
  return (
    <div>
      <dt>{p.t('ip.schedule.surcharge')}</dt>
      <dd>
        <Text value={s.label} lang={p.lang} />
        {s.tiers ? (
          <ul class="ip-tiers">
            {s.tiers.map((tier) => (
              <li>
                <Day iso={tier.from} lang={p.lang} /> – <Day iso={tier.to} lang={p.lang} />: {tier.percent} %
              </li>
            ))}
          </ul>
        ) : null}
      </dd>
    </div>
  );
}

export interface MarkInfo {
  doneOn: string;
}

/** Every deadline of a right with the basis of each date; editors mark a deadline as dealt with. */
export function ScheduleList(p: {
  t: Translator;
  lang: Lang;
  rightId: string;
  deadlines: Deadline[];
  marks: Map<string, MarkInfo>;
  bounds: UrgencyBounds;
  canEdit: boolean;
  csrfToken: string;
  live: boolean;
}) {
  const { t, lang } = p;
  return (
    <ol class="ip-schedule">
      {p.deadlines.map((d) => {
        const key = deadlineKey(d);
        const mark = p.marks.get(key);
        const last = d.graceEnds ?? d.due;
        const open = p.live && !mark && last >= p.bounds.today;
        return (
          <li
            class={mark ? 'ip-deadline done' : 'ip-deadline'}
            id={`deadline-${key.replace(/[^a-z0-9]+/gi, '-')}`}
          >
            <h3>
              <Text value={d.label} lang={lang} />
            </h3>
            <p class="ip-deadline-state">
              {mark ? (
                <span class="badge ip-done">
                  {t('ip.schedule.doneOn')} <Day iso={mark.doneOn} lang={lang} />
                </span>
              ) : open ? (
                <UrgencyBadge t={t} urgency={urgencyOf(d.due, p.bounds)} />
              ) : last < p.bounds.today ? (
                <span class="badge ip-past">{t('ip.schedule.past')}</span>
              ) : null}
            </p>
            {open && inGrace(d, p.bounds.today) ? (
              <p class="ip-grace-now">
                {t('ip.grace.state', { date: formatDate(d.graceEnds!, lang) })}
                {lang === 'zh' ? '。' : '. '}
                {surchargeText(t, lang, d.surcharge, p.bounds.today)}
              </p>
            ) : null}
            <dl class="ip-facts">
              {d.opens ? (
                <div>
                  <dt>{t('ip.schedule.opens')}</dt>
                  <dd>
                    <Day iso={d.opens} lang={lang} />
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('ip.schedule.due')}</dt>
                <dd>
                  <Effective t={t} lang={lang} date={d.due} raw={d.dueRaw} />
                  {d.nominalDue ? (
                    <span class="meta">
                      {' '}
                      {t('ip.schedule.nominal')} <Day iso={d.nominalDue} lang={lang} />
                    </span>
                  ) : null}
                </dd>
              </div>
              {d.graceEnds ? (
                <div>
                  <dt>{t('ip.schedule.graceEnds')}</dt>
                  <dd>
                    <Effective t={t} lang={lang} date={d.graceEnds} raw={d.graceEndsRaw} />
                  </dd>
                </div>
              ) : null}
              <Surcharge t={t} lang={lang} d={d} />
              {d.renewsTo ? (
                <div>
                  <dt>{t('ip.schedule.renewsTo')}</dt>
                  <dd>
                    <Day iso={d.renewsTo} lang={lang} />
                  </dd>
                </div>
              ) : null}
              {d.lapsesOn ? (
                <div>
                  <dt>{t('ip.schedule.lapsesOn')}</dt>
                  <dd>
                    <Day iso={d.lapsesOn} lang={lang} />
                  </dd>
                </div>
              ) : null}
              {d.office ? (
                <div>
                  <dt>{t('ip.schedule.office')}</dt>
                  <dd>{officeLabel(t, d.office)}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('ip.schedule.basis')}</dt>
                <dd>{basisIn(d.basis, lang)}</dd>
              </div>
            </dl>
            {d.uncertain ? <UncertainNote t={t} lang={lang} uncertain={d.uncertain} /> : null}
            {d.calendarMissing?.length ? (
              <p class="hint ip-calendar-missing">
                {t('ip.schedule.calendarMissing', {
                  years: d.calendarMissing.map((m) => m.split(':')[1]).join(', '),
                })}
              </p>
            ) : null}
            {p.canEdit && (mark || open) ? (
              <form method="post" action={href(lang, paths.marks(p.rightId))} class="inline ip-mark-form">
                <HiddenFormFields csrfToken={p.csrfToken} />
                <input type="hidden" name="key" value={key} />
                <input type="hidden" name="action" value={mark ? 'undo' : 'done'} />
                <button type="submit" class="small">
                  {mark ? t('ip.schedule.undo') : t('ip.schedule.markDone')}
                  <span class="visually-hidden">
                    {' – '}
                    <Text value={d.label} lang={lang} />
                  </span>
                </button>
              </form>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
