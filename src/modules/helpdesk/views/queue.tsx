import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { type Urgency, urgencyOf } from '../clock.js';
import { dueDayText } from '../mails.js';
import type { listQueue, QueueSort } from '../queries.js';
import { statusLabel, topicLabel } from './options.js';

type Row = Awaited<ReturnType<typeof listQueue>>[number];

function Table(p: { t: Translator; lang: Lang; rows: Row[] }) {
  const { t, lang } = p;
  if (!p.rows.length) return <p class="meta">{t('helpdesk.queue.empty')}</p>;
  return (
    <div class="table-scroll">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{t('helpdesk.queue.enquirer')}</th>
            <th scope="col">{t('helpdesk.enquiry.topic')}</th>
            <th scope="col">{t('helpdesk.enquiry.received')}</th>
            <th scope="col">{t('helpdesk.enquiry.due')}</th>
            <th scope="col">{t('helpdesk.enquiry.status')}</th>
            <th scope="col">{t('helpdesk.queue.expert')}</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr>
              <td>
                <a href={href(lang, `/helpdesk/enquiries/${r.id}`)}>{r.name}</a>
              </td>
              <td>{topicLabel(t, r.topic)}</td>
              <td>{formatDateTime(r.receivedAt, lang)}</td>
              <td>{dueDayText(r.dueBy, lang)}</td>
              <td>{statusLabel(t, r.status)}</td>
              <td>{r.expertName ?? t('helpdesk.queue.unassigned')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The experts' and managers' queue: overdue, due today, and the rest. */
export function QueuePage(p: {
  t: Translator;
  lang: Lang;
  rows: Row[];
  now: Date;
  sort: QueueSort;
  all: boolean;
  manager: boolean;
}) {
  const { t, lang } = p;
  const open = p.rows.filter((r) => r.status === 'new' || r.status === 'assigned');
  const by = (u: Urgency) => open.filter((r) => urgencyOf(r.dueBy, p.now) === u);
  const rest = [...by('later'), ...p.rows.filter((r) => r.status === 'answered' || r.status === 'closed')];
  return (
    <div class="wrap helpdesk-queue">
      <PageHeader
        title={t('helpdesk.queue.title')}
        actions={
          p.manager ? (
            <>
              <a class="button" href={href(lang, '/helpdesk/experts')}>
                {t('helpdesk.queue.experts')}
              </a>
              <a class="button" href={href(lang, '/helpdesk/templates')}>
                {t('helpdesk.queue.templates')}
              </a>
            </>
          ) : null
        }
      />
      <form method="get" class="filters">
        <label for="f-sort">{t('helpdesk.queue.sort')}</label>
        <select id="f-sort" name="sort">
          {(['due', 'received', 'topic'] as const).map((s) => (
            <option value={s} selected={p.sort === s}>
              {t(`helpdesk.queue.sort.${s}`)}
            </option>
          ))}
        </select>
        <label for="f-all">
          <input type="checkbox" id="f-all" name="all" value="1" checked={p.all} /> {t('helpdesk.queue.all')}
        </label>
        <button type="submit" class="button">
          {t('helpdesk.queue.apply')}
        </button>
      </form>
      <h2>{t('helpdesk.queue.overdue')}</h2>
      <Table t={t} lang={lang} rows={by('overdue')} />
      <h2>{t('helpdesk.queue.today')}</h2>
      <Table t={t} lang={lang} rows={by('today')} />
      <h2>{t('helpdesk.queue.later')}</h2>
      <Table t={t} lang={lang} rows={rest} />
    </div>
  );
}
