import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf, userMessageOf } from '../../web/field-errors.js';
import { checkbox, optionalInt } from '../../web/fields.js';
import { type FieldErrors, type FormValues, fieldValue, nestFields, validate } from '../../web/forms.js';
import { requireStaff } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { managedEvent } from '../registration/index.js';
import { applyEditorAction, questionsForEditor, questionsFromForm } from './editor-form.js';
import { resultsXlsx, scoresCsv, surveyCsv } from './export.js';
import { feedbackCounts, fromChinaLocal, toChinaLocal } from './overview.js';
import { attemptCount, getSettings, listQuestions, responseCount } from './queries.js';
import type { QuestionInput } from './question-input.js';
import { knowledgeGainOf } from './results.js';
import { answeredQuestions, saveQuestions } from './save-questions.js';
import { saveFeedbackSettings } from './save-settings.js';
import type { Instrument } from './schema.js';
import { surveyResultsOf } from './survey-results.js';
import { EditorPage } from './views/editor.js';
import { ManagePage } from './views/manage.js';
import { ResultsPage } from './views/results-page.js';
import { windowsOf } from './windows.js';

/** The signed-in manager and the event, found only within their scope (403 elsewhere, 404 when missing). */
async function managed(c: Context<AppEnv>) {
  const user = requireStaff(c);
  const event = await managedEvent(c.get('app').database.db, user, c.req.param('id') ?? '');
  const lang = c.get('lang');
  return { user, event, title: text(event.title, lang), base: href(lang, `/events/${event.id}/feedback`) };
}

const when = z.string().max(40).optional().default('');
const SettingsForm = z.object({
  testPublished: checkbox(),
  surveyPublished: checkbox(),
  passPercent: optionalInt(0, 100),
  preClosesAt: when,
  postOpensAt: when,
  postClosesAt: when,
});

/** Field names whose inputs are a bilingual pair: an error about the pair is shown at its English input. */
const atInput = (errors: FieldErrors) =>
  Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [/\.(prompt|label|explanation)$/.test(k) ? `${k}.en` : k, v]),
  );

export function registerManagePages(pages: Hono<AppEnv>) {
  const overview = async (c: Context<AppEnv>, form?: { values: FormValues; errors: FieldErrors }) => {
    const { event, title, base } = await managed(c);
    const db = c.get('app').database.db;
    const [settings, counts, gain] = await Promise.all([
      getSettings(db, event.id),
      feedbackCounts(db, event.id),
      knowledgeGainOf(db, event.id),
    ]);
    const values = form?.values ?? {
      testPublished: settings?.testPublished ? 'on' : '',
      surveyPublished: settings?.surveyPublished ? 'on' : '',
      passPercent: String(settings?.passPercent ?? 60),
      preClosesAt: toChinaLocal(settings?.preClosesAt),
      postOpensAt: toChinaLocal(settings?.postOpensAt),
      postClosesAt: toChinaLocal(settings?.postClosesAt),
    };
    return render(
      c,
      {
        title: `${c.get('t')('feedback.manage.title')}: ${title}`,
        section: 'events',
        status: form ? 422 : 200,
      },
      <ManagePage
        t={c.get('t')}
        lang={c.get('lang')}
        eventTitle={title}
        eventHref={href(c.get('lang'), `/events/${event.id}`)}
        base={base}
        csrfToken={c.get('csrfToken')}
        windows={windowsOf(settings, event)}
        counts={counts}
        gain={gain}
        values={values}
        errors={form?.errors}
        saved={c.req.query('saved') === '1'}
      />,
    );
  };

  pages.get(`/events/:id${UUID_PARAM}/feedback`, (c) => overview(c));
  pages.post(`/events/:id${UUID_PARAM}/feedback`, async (c) => {
    const { user, event, base } = await managed(c);
    const t = c.get('t');
    const values = nestFields((await c.req.parseBody({ all: true })) as Record<string, string>);
    const form = validate(SettingsForm, values, t);
    // Every field's error at once: the times are read apart, as China time.
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    const times = { preClosesAt: null, postOpensAt: null, postClosesAt: null } as Record<string, Date | null>;
    for (const k of Object.keys(times)) {
      const raw = fieldValue(values, k);
      const d = fromChinaLocal(raw);
      if (d === undefined) errors[k] = t('feedback.error.dateTime');
      else times[k] = d;
    }
    if (form.ok && form.data.passPercent === undefined) errors.passPercent = t('form.required');
    if (!form.ok || Object.keys(errors).length) return overview(c, { values, errors });
    try {
      await saveFeedbackSettings(
        c.get('app').database.db,
        user,
        event.id,
        {
          testPublished: form.data.testPublished,
          surveyPublished: form.data.surveyPublished,
          passPercent: form.data.passPercent,
          ...times,
        },
        c.get('app').now(),
      );
    } catch (err) {
      const fieldErrors = fieldErrorsOf(err, t);
      if (!fieldErrors) throw err;
      return overview(c, { values, errors: fieldErrors });
    }
    c.get('app').wakeJobs();
    return c.redirect(`${base}?saved=1`, 303);
  });

  for (const instrument of ['test', 'survey'] as const) {
    const editor = async (
      c: Context<AppEnv>,
      o: { questions?: QuestionInput[]; errors?: FieldErrors; unsaved?: boolean; status?: 409 } = {},
    ) => {
      const { event, title, base } = await managed(c);
      const db = c.get('app').database.db;
      const answered =
        instrument === 'test'
          ? (await attemptCount(db, event.id)) > 0
          : (await responseCount(db, event.id)) > 0;
      const stored = await listQuestions(db, event.id, instrument);
      const withAnswers =
        instrument === 'survey' && answered
          ? await answeredQuestions(
              db,
              stored.map((q) => q.id),
            )
          : undefined;
      return render(
        c,
        {
          title: `${c.get('t')(`feedback.editor.${instrument}Title`)}: ${title}`,
          section: 'events',
          status: o.status ?? (o.errors ? 422 : 200),
        },
        <EditorPage
          t={c.get('t')}
          lang={c.get('lang')}
          instrument={instrument}
          eventTitle={title}
          action={`${base}/${instrument}/edit`}
          back={base}
          csrfToken={c.get('csrfToken')}
          questions={o.questions ?? questionsForEditor(stored)}
          locked={answered}
          answered={withAnswers}
          errors={o.errors}
          unsaved={o.unsaved}
          saved={c.req.query('saved') === '1'}
        />,
      );
    };
    pages.get(`/events/:id${UUID_PARAM}/feedback/${instrument}/edit`, (c) => editor(c));
    pages.post(`/events/:id${UUID_PARAM}/feedback/${instrument}/edit`, async (c) => {
      const { user, event, base } = await managed(c);
      const raw = (await c.req.parseBody({ all: true })) as Record<string, string>;
      const questions = questionsFromForm(nestFields(raw));
      const action = typeof raw._action === 'string' ? raw._action : 'save';
      const moved = applyEditorAction(instrument as Instrument, questions, action);
      if (moved) return editor(c, { questions: moved, unsaved: true });
      try {
        await saveQuestions(
          c.get('app').database.db,
          user,
          event.id,
          instrument,
          questions,
          c.get('app').now(),
        );
      } catch (err) {
        // The rule that fixes answered questions: the editor comes back with what was typed.
        const message =
          err instanceof AppError && err.code === 'conflict' ? userMessageOf(err, c.get('t')) : null;
        if (message) {
          return editor(c, { questions, errors: { _form: message }, unsaved: true, status: 409 });
        }
        const errors = fieldErrorsOf(err, c.get('t'));
        if (!errors) throw err;
        return editor(c, { questions, errors: atInput(errors), unsaved: true });
      }
      return c.redirect(`${base}/${instrument}/edit?saved=1`, 303);
    });
  }

  const results = async (c: Context<AppEnv>) => {
    const { event, title, base } = await managed(c);
    const db = c.get('app').database.db;
    const [gain, survey] = await Promise.all([knowledgeGainOf(db, event.id), surveyResultsOf(db, event.id)]);
    return { event, title, base, gain, survey };
  };

  pages.get(`/events/:id${UUID_PARAM}/feedback/results`, async (c) => {
    const r = await results(c);
    return render(
      c,
      { title: `${c.get('t')('feedback.results.title')}: ${r.title}`, section: 'events' },
      <ResultsPage
        t={c.get('t')}
        lang={c.get('lang')}
        eventTitle={r.title}
        back={r.base}
        exports={{
          scores: `${r.base}/scores.csv`,
          survey: `${r.base}/survey.csv`,
          xlsx: `${r.base}/results.xlsx`,
        }}
        gain={r.gain}
        survey={r.survey}
      />,
    );
  });

  const download = (c: Context<AppEnv>, name: string, type: string, body: string | Uint8Array) => {
    c.header('Content-Type', type);
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(body as never);
  };
  pages.get(`/events/:id${UUID_PARAM}/feedback/scores.csv`, async (c) => {
    const r = await results(c);
    return download(c, `scores-${r.event.id}.csv`, 'text/csv; charset=utf-8', scoresCsv(c.get('t'), r.gain));
  });
  pages.get(`/events/:id${UUID_PARAM}/feedback/survey.csv`, async (c) => {
    const r = await results(c);
    return download(
      c,
      `survey-${r.event.id}.csv`,
      'text/csv; charset=utf-8',
      surveyCsv(c.get('t'), c.get('lang'), r.survey),
    );
  });
  pages.get(`/events/:id${UUID_PARAM}/feedback/results.xlsx`, async (c) => {
    const r = await results(c);
    return download(
      c,
      `feedback-${r.event.id}.xlsx`,
      XLSX_CONTENT_TYPE,
      resultsXlsx(c.get('t'), c.get('lang'), r.gain, r.survey),
    );
  });
}
