import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { ExportRow } from '../schema.js';

const active = (x: ExportRow) => x.status === 'queued' || x.status === 'running';

/**
 * The zips built for an event, newest first. While one is under way the list asks again every
 * second (htmx swaps it in place); without JavaScript the reader reloads the page.
 */
export function ExportList(p: { t: Translator; lang: Lang; eventId: string; exports: ExportRow[] }) {
  const { t, lang } = p;
  const polling = p.exports.some(active);
  const self = href(lang, `/events/${p.eventId}/documents/exports`);
  return (
    <div
      id="exports"
      aria-live="polite"
      {...(polling
        ? { 'data-hx-get': self, 'data-hx-trigger': 'every 1s', 'data-hx-swap': 'outerHTML' }
        : {})}
    >
      {p.exports.length === 0 ? <p>{t('documents.zip.none')}</p> : null}
      <ul class="doc-exports">
        {p.exports.map((x) => (
          <li>
            <strong>
              {t(x.kind === 'badges' ? 'documents.zip.kind.badges' : 'documents.zip.kind.certificates')}
            </strong>{' '}
            <span class="muted">{formatDateTime(x.createdAt, lang)}</span>{' '}
            {x.status === 'done' && x.fileId ? (
              <a href={href(lang, `/events/${p.eventId}/documents/exports/${x.id}/download`)} download>
                {t('documents.zip.download')}
              </a>
            ) : x.status === 'failed' ? (
              <span class="error-text">{t('documents.zip.failed', { error: x.error ?? '' })}</span>
            ) : x.status === 'queued' && x.total === 0 ? (
              <span>{t('documents.zip.queued')}</span>
            ) : (
              <>
                <progress
                  max={Math.max(1, x.total)}
                  value={x.done}
                  aria-label={t('documents.zip.progress', { done: x.done, total: x.total })}
                />{' '}
                <span>{t('documents.zip.progress', { done: x.done, total: x.total })}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {polling ? (
        <p>
          <a href={`${href(lang, `/events/${p.eventId}/documents`)}#exports`}>{t('documents.zip.reload')}</a>
        </p>
      ) : null}
    </div>
  );
}
