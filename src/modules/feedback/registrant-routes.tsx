import type { Context, Hono } from 'hono';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, nestFields } from '../../web/forms.js';
import { render } from '../../web/render.js';
import { KEY, registrantOf } from './link.js';
import { listQuestions, ownAnswers } from './queries.js';
import type { RegistrantFeedback } from './registrant.js';
import type { Phase } from './schema.js';
import { submitSurvey } from './submit-survey.js';
import { submitTest } from './submit-test.js';
import { type HubNotice, HubPage } from './views/hub.js';
import { OwnResultsPage } from './views/own-results.js';
import { SurveyPage } from './views/survey-form.js';
import { TestPage } from './views/test-form.js';

const NOTICES: HubNotice[] = ['pre', 'post', 'survey', 'repeat'];

/** The posted answers as `{questionId: value}`; everything else in the form is ignored. */
async function postedAnswers(
  c: Context<AppEnv>,
): Promise<{ answers: Record<string, unknown>; values: FormValues }> {
  const values = nestFields((await c.req.parseBody({ all: true })) as Record<string, string>);
  const a = values.answers;
  return {
    answers: a && typeof a === 'object' && !Array.isArray(a) ? (a as Record<string, unknown>) : {},
    values,
  };
}

/** A part that is not open: the registrant is told why on their page rather than shown a form. */
function refuseUnlessOpen(me: RegistrantFeedback, part: 'pre' | 'post' | 'survey') {
  const state = me[part].state;
  if (state !== 'open')
    throw new AppError(
      'forbidden',
      `${part} ${state}`,
      { reason: state },
      { key: `feedback.state.${state}` },
    );
}

export function registerRegistrantPages(pages: Hono<AppEnv>) {
  pages.get(`/feedback/:key${KEY}`, async (c) => {
    const { me, base } = await registrantOf(c);
    const notice = NOTICES.find((n) => n === c.req.query('done'));
    return render(
      c,
      { title: c.get('t')('feedback.hub.title') },
      <HubPage t={c.get('t')} lang={c.get('lang')} me={me} base={base} notice={notice} />,
    );
  });

  const testPage = async (c: Context<AppEnv>, phase: Phase, errors?: FieldErrors, values?: FormValues) => {
    const { me, base } = await registrantOf(c);
    // A form sent again with errors shows them, even when the part is already done.
    if (me[phase].state === 'done' && !errors) return c.redirect(`${base}?done=repeat`, 303);
    if (me[phase].state !== 'done') refuseUnlessOpen(me, phase);
    const t = c.get('t');
    return render(
      c,
      {
        title: `${t(`feedback.${phase}.title`)}: ${text(me.event.title, c.get('lang'))}`,
        status: errors ? 422 : 200,
      },
      <TestPage
        t={t}
        lang={c.get('lang')}
        me={me}
        phase={phase}
        questions={await listQuestions(c.get('app').database.db, me.event.id, 'test')}
        action={`${base}/${phase}-test`}
        back={base}
        csrfToken={c.get('csrfToken')}
        errors={errors}
        values={values}
      />,
    );
  };

  for (const phase of ['pre', 'post'] as const) {
    pages.get(`/feedback/:key${KEY}/${phase}-test`, (c) => testPage(c, phase));
    pages.post(`/feedback/:key${KEY}/${phase}-test`, async (c) => {
      const { me, base } = await registrantOf(c);
      const { answers, values } = await postedAnswers(c);
      const app = c.get('app');
      try {
        const out = await submitTest(app.database.db, me.registration.id, phase, answers, app.now());
        if (out.repeated) return c.redirect(`${base}?done=repeat`, 303);
      } catch (err) {
        const errors = fieldErrorsOf(err, c.get('t'));
        if (!errors) throw err;
        return testPage(c, phase, errors, values);
      }
      return c.redirect(phase === 'post' ? `${base}/results` : `${base}?done=pre`, 303);
    });
  }

  pages.get(`/feedback/:key${KEY}/results`, async (c) => {
    const { me, base } = await registrantOf(c);
    // The correct answers are shown only to someone whose post-test is in.
    if (!me.post.attempt) return c.redirect(base, 303);
    const db = c.get('app').database.db;
    const t = c.get('t');
    return render(
      c,
      { title: t('feedback.own.title') },
      <OwnResultsPage
        t={t}
        lang={c.get('lang')}
        me={me}
        questions={await listQuestions(db, me.event.id, 'test')}
        answers={await ownAnswers(db, me.registration.id)}
        back={base}
      />,
    );
  });

  const surveyPage = async (c: Context<AppEnv>, errors?: FieldErrors, values?: FormValues) => {
    const { me, base } = await registrantOf(c);
    if (me.survey.state === 'done' && !errors) return c.redirect(`${base}?done=repeat`, 303);
    if (me.survey.state !== 'done') refuseUnlessOpen(me, 'survey');
    const t = c.get('t');
    return render(
      c,
      {
        title: `${t('feedback.survey.title')}: ${text(me.event.title, c.get('lang'))}`,
        status: errors ? 422 : 200,
      },
      <SurveyPage
        t={t}
        lang={c.get('lang')}
        me={me}
        questions={await listQuestions(c.get('app').database.db, me.event.id, 'survey')}
        action={`${base}/survey`}
        back={base}
        csrfToken={c.get('csrfToken')}
        errors={errors}
        values={values}
      />,
    );
  };

  pages.get(`/feedback/:key${KEY}/survey`, (c) => surveyPage(c));
  pages.post(`/feedback/:key${KEY}/survey`, async (c) => {
    const { me, base } = await registrantOf(c);
    const { answers, values } = await postedAnswers(c);
    const app = c.get('app');
    try {
      const out = await submitSurvey(app.database.db, me.registration.id, answers, app.now());
      return c.redirect(`${base}?done=${out.repeated ? 'repeat' : 'survey'}`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return surveyPage(c, errors, values);
    }
  });
}
