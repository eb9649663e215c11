import type { Lang } from '../../../lib/bilingual.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { ListedRegistration } from '../queries.js';
import { ActionForm, ButtonForm } from './parts.js';

/** What a manager can do with one registration now, each a small form that works without script. */
export function RegistrationActions(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  registration: ListedRegistration;
  /** Where the action returns: the list, or the registration's own page. */
  from: 'list' | 'detail';
  full: boolean;
  /** An action sent and refused for its reason, shown open again. */
  failed?: { action: string; reason: string; error: string };
}) {
  const failed = (action: string) => (p.failed?.action === action ? p.failed : undefined);
  const { t, registration: r } = p;
  const base = href(p.lang, `/events/${r.eventId}/registrations/${r.id}`);
  const q = p.from === 'detail' ? '?from=detail' : '';
  const who = `${r.name} <${r.email}>`;
  return (
    <div class="row-actions stack-actions">
      {r.status === 'pending' ? (
        <>
          <ButtonForm
            csrfToken={p.csrfToken}
            action={`${base}/approve${q}`}
            label={t('registration.action.approve')}
            name={`${t('registration.action.approve')}: ${who}`}
            primary
          />
          <ActionForm
            t={t}
            csrfToken={p.csrfToken}
            id={`decline-${r.id}`}
            failed={failed('decline')}
            action={`${base}/decline${q}`}
            summary={t('registration.action.decline')}
            button={t('registration.action.declineButton')}
            reason={{
              label: t('registration.action.declineReason'),
              hint: t('registration.action.declineHint'),
              required: true,
            }}
            danger
          />
        </>
      ) : null}
      {r.status === 'waitlisted' ? (
        <ActionForm
          t={t}
          csrfToken={p.csrfToken}
          id={`promote-${r.id}`}
          failed={failed('promote')}
          action={`${base}/promote${q}`}
          summary={t('registration.action.promote')}
          button={t('registration.action.promoteButton')}
          reason={{
            label: t('registration.action.promoteReason'),
            hint: p.full ? t('registration.action.promoteHintFull') : t('registration.action.promoteHint'),
            required: true,
          }}
        />
      ) : null}
      {r.status !== 'cancelled' && r.status !== 'declined' ? (
        <ActionForm
          t={t}
          csrfToken={p.csrfToken}
          id={`cancel-${r.id}`}
          failed={failed('cancel')}
          action={`${base}/cancel${q}`}
          summary={t('registration.action.cancel')}
          button={t('registration.action.cancelButton')}
          reason={{
            label: t('registration.action.cancelReason'),
            hint: t('registration.action.cancelHint'),
            required: false,
          }}
          danger
        />
      ) : null}
    </div>
  );
}
