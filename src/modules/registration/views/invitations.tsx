import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { HiddenFormFields, Notice } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { RowError } from '../../directory/index.js';
import type { EventRow } from '../access.js';
import type { Invitation, Nominee } from '../invitations.js';
import type { RegistrationStatus } from '../schema.js';
import { ManageHeader } from './manage-nav.js';
import { ButtonForm, num, RegStatus, when } from './parts.js';

export interface NomineePreview {
  nominees: (Nominee & { row: number; already: boolean })[];
  csv: string;
  lang: Lang;
  formToken: string;
}

export function InvitationsPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  event: EventRow;
  invitations: { invitation: Invitation; status: RegistrationStatus | null }[];
  errors?: RowError[];
  preview?: NomineePreview;
  notice?: string;
}) {
  const { t, lang, event } = p;
  const action = href(lang, `/events/${event.id}/invitations/import`);
  return (
    <div class="wrap">
      <ManageHeader
        t={t}
        lang={lang}
        event={event}
        tab="invitations"
        title={t('registration.invite.title')}
        lead={text(event.title, lang)}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {p.errors?.length ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{t('form.errorSummary')}</h2>
          <p>{t('registration.invite.rejected')}</p>
          <ul>
            {p.errors.map((e) => (
              <li>
                {e.row > 1
                  ? t('registration.invite.rowProblem', {
                      row: num(e.row, lang),
                      column: e.column,
                      problem: e.message,
                    })
                  : e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {p.preview ? (
        <section aria-labelledby="preview-h">
          <h2 id="preview-h">{t('registration.invite.previewTitle')}</h2>
          <p>
            {t('registration.invite.preview', {
              count: num(p.preview.nominees.filter((n) => !n.already).length, lang),
              already: num(p.preview.nominees.filter((n) => n.already).length, lang),
            })}
          </p>
          <div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{t('directory.import.row')}</th>
                  <th scope="col">{t('registration.field.name')}</th>
                  <th scope="col">{t('registration.field.email')}</th>
                  <th scope="col">{t('registration.field.organisation')}</th>
                  <th scope="col">{t('registration.invite.language')}</th>
                </tr>
              </thead>
              <tbody>
                {p.preview.nominees.map((n) => (
                  <tr class={n.already ? 'muted' : undefined}>
                    <td class="num">{num(n.row, lang)}</td>
                    <th scope="row">
                      {n.name}
                      {n.already ? (
                        <span class="meta"> {t('registration.invite.alreadyInvited')}</span>
                      ) : null}
                    </th>
                    <td>{n.email}</td>
                    <td>{n.organisation}</td>
                    <td>{n.lang === 'zh' ? t('common.chinese') : t('common.english')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form method="post" action={action}>
            <HiddenFormFields csrfToken={p.csrfToken} formToken={p.preview.formToken} />
            <input type="hidden" name="confirm" value="1" />
            <input type="hidden" name="csv" value={p.preview.csv} />
            <input type="hidden" name="lang" value={p.preview.lang} />
            <div class="button-group">
              <button type="submit" class="button primary">
                {t('registration.invite.send')}
              </button>
              <a class="button" href={href(lang, `/events/${event.id}/invitations`)}>
                {t('common.cancel')}
              </a>
            </div>
          </form>
        </section>
      ) : (
        <section aria-labelledby="upload-h" class="narrow">
          <h2 id="upload-h">{t('registration.invite.upload')}</h2>
          <p>{t('registration.invite.lead')}</p>
          <p>
            <code>name,email,organisation</code>
          </p>
          <p class="hint">{t('registration.invite.columnsHint')}</p>
          <form method="post" action={action} enctype="multipart/form-data" class="stacked">
            <HiddenFormFields csrfToken={p.csrfToken} />
            <div class="field">
              <label for="f-file">{t('directory.import.file')}</label>
              <input id="f-file" name="file" type="file" accept=".csv,text/csv" required />
            </div>
            <div class="field">
              <label for="f-lang">{t('registration.invite.language')}</label>
              <p class="hint" id="f-lang-hint">
                {t('registration.invite.languageHint')}
              </p>
              <select id="f-lang" name="lang" aria-describedby="f-lang-hint">
                <option value="zh" selected={lang === 'zh'}>
                  {t('common.chinese')}
                </option>
                <option value="en" selected={lang === 'en'}>
                  {t('common.english')}
                </option>
              </select>
            </div>
            <p>
              <button type="submit" class="button primary">
                {t('directory.import.check')}
              </button>
            </p>
          </form>
        </section>
      )}
      <section aria-labelledby="sent-h">
        <h2 id="sent-h">{t('registration.invite.list', { count: num(p.invitations.length, lang) })}</h2>
        {p.invitations.length ? (
          <div class="table-wrap">
            <table class="data registrations">
              <thead>
                <tr>
                  <th scope="col">{t('registration.field.name')}</th>
                  <th scope="col">{t('registration.field.organisation')}</th>
                  <th scope="col">{t('registration.invite.sent')}</th>
                  <th scope="col">{t('registration.page.status')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {p.invitations.map(({ invitation: i, status }) => (
                  <tr>
                    <th scope="row">
                      {i.name}
                      <span class="meta">{i.email}</span>
                    </th>
                    <td>{i.organisationName}</td>
                    <td>{when(i.sentAt, lang)}</td>
                    <td>
                      {i.revokedAt ? (
                        t('registration.invite.withdrawn')
                      ) : status ? (
                        <RegStatus t={t} status={status} />
                      ) : (
                        t('registration.invite.notYet')
                      )}
                    </td>
                    <td class="row-actions">
                      {i.revokedAt || (status && status !== 'cancelled') ? null : (
                        <>
                          <ButtonForm
                            csrfToken={p.csrfToken}
                            action={href(lang, `/events/${event.id}/invitations/resend`)}
                            label={t('registration.invite.resend')}
                            name={`${t('registration.invite.resend')}: ${i.email}`}
                            hidden={{ invitation: i.id }}
                          />
                          <ButtonForm
                            csrfToken={p.csrfToken}
                            action={href(lang, `/events/${event.id}/invitations/revoke`)}
                            label={t('registration.invite.revoke')}
                            name={`${t('registration.invite.revoke')}: ${i.email}`}
                            hidden={{ invitation: i.id }}
                          />
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('registration.invite.none')}</p>
        )}
      </section>
    </div>
  );
}
