import type { Lang } from '../../../lib/bilingual.js';
import {
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  SelectField,
  TextArea,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { DECISIONS } from '../sessions-verify.js';

export interface ActionFormProps {
  t: Translator;
  lang: Lang;
  eventId: string;
  csrfToken: string;
  values?: FormValues;
  errors?: FieldErrors;
}

export const SESSION_ACTIONS = ['headcount', 'verification', 'answer'] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

const actionOf = (p: ActionFormProps, what: SessionAction) =>
  href(p.lang, `/events/${p.eventId}/session/${what}`);

/** The claimed headcount: a number and how it was counted. */
export function ClaimForm(p: ActionFormProps) {
  const { t, errors: err = {} } = p;
  return (
    <form method="post" action={actionOf(p, 'headcount')} class="stacked">
      <HiddenFormFields csrfToken={p.csrfToken} />
      <TextField
        t={t}
        type="number"
        name="count"
        label={t('sessions.claim.count')}
        required
        min={0}
        value={fieldValue(p.values, 'count')}
        error={err.count}
      />
      <TextField
        t={t}
        name="note"
        label={t('sessions.claim.note')}
        maxLength={1000}
        value={fieldValue(p.values, 'note')}
        error={err.note}
      />
      <button type="submit" class="button">
        {t('sessions.claim.save')}
      </button>
    </form>
  );
}

/** A decision of staff: verify, query or reject, with the reason or question. */
export function VerifyForm(p: ActionFormProps) {
  const { t, errors: err = {} } = p;
  return (
    <form method="post" action={actionOf(p, 'verification')} class="stacked">
      <HiddenFormFields csrfToken={p.csrfToken} />
      <SelectField
        t={t}
        name="decision"
        label={t('sessions.verify.decision')}
        required
        value={fieldValue(p.values, 'decision')}
        error={err.decision}
        options={DECISIONS.map((d) => ({ value: d, label: t(`sessions.decision.${d}`) }))}
      />
      <TextArea
        t={t}
        name="note"
        label={t('sessions.verify.note')}
        hint={t('sessions.verify.noteHint')}
        rows={3}
        maxLength={2000}
        value={fieldValue(p.values, 'note')}
        error={err.note}
      />
      <button type="submit" class="button primary">
        {t('sessions.verify.save')}
      </button>
    </form>
  );
}

/** The trainer's answer to the question asked about their session. */
export function AnswerForm(p: ActionFormProps) {
  const { t, errors: err = {} } = p;
  return (
    <form method="post" action={actionOf(p, 'answer')} class="stacked">
      <HiddenFormFields csrfToken={p.csrfToken} />
      <TextArea
        t={t}
        name="note"
        label={t('sessions.answer.note')}
        required
        rows={4}
        maxLength={2000}
        value={fieldValue(p.values, 'note')}
        error={err.note}
      />
      <button type="submit" class="button primary">
        {t('sessions.answer.save')}
      </button>
    </form>
  );
}

const FORMS = { headcount: ClaimForm, verification: VerifyForm, answer: AnswerForm };
const TITLES = {
  headcount: 'sessions.claim.heading',
  verification: 'sessions.verify.heading',
  answer: 'sessions.answer.heading',
} as const;

/** One of a session's forms on a page of its own, as posted, with what was wrong: a refused post comes back here. */
export function ActionFormPage(p: ActionFormProps & { what: SessionAction; session: string }) {
  const Form = FORMS[p.what];
  return (
    <div class="wrap narrow">
      <PageHeader
        title={p.t(TITLES[p.what])}
        lead={p.session}
        crumbs={[{ href: href(p.lang, `/events/${p.eventId}`), label: p.session }]}
      />
      <ErrorSummary t={p.t} errors={p.errors} />
      <Form {...p} />
    </div>
  );
}
