import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { parseForm } from '../../web/forms.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { answerFollowUp, FollowUpInput, followUpOfToken, optOutFollowUp } from './followups-answer.js';
import { TOKEN_PARAM } from './followups-token.js';
import { FollowUpOptOutPage, FollowUpSurveyPage, type SurveyProps } from './views/followups-survey.js';

const PATH = `/follow-up/:token${TOKEN_PARAM}`;
const NOTICES = ['thanks', 'optedOut'] as const;

/** The person's link: kept out of caches and search engines. */
function personal(c: Context<AppEnv>) {
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  c.header('Referrer-Policy', 'no-referrer');
  return c.req.param('token') ?? '';
}

async function surveyPage(
  c: Context<AppEnv>,
  extra: Pick<SurveyProps, 'errors' | 'values'> & { again?: boolean } = {},
) {
  const { again, ...shown } = extra;
  const token = personal(c);
  const f = await followUpOfToken(c.get('app').database.db, token);
  const t = c.get('t');
  const notice = again ? 'already' : NOTICES.find((n) => n === c.req.query('done'));
  return render(
    c,
    { title: t('cascade.followup.title'), status: again ? 409 : extra.errors ? 422 : 200 },
    <FollowUpSurveyPage
      t={t}
      lang={c.get('lang')}
      f={f}
      action={href(c.get('lang'), `/follow-up/${token}`)}
      csrfToken={c.get('csrfToken')}
      notice={notice}
      {...shown}
    />,
  );
}

/** The follow-up survey and its opt-out, for people without an account (their link is the key). */
export function registerFollowUpPages(pages: Hono<AppEnv>) {
  pages.get(PATH, (c) => surveyPage(c));

  pages.post(PATH, async (c) => {
    const token = personal(c);
    // Answered already: nothing changes, and the page says why, whatever this second sending holds.
    if ((await followUpOfToken(c.get('app').database.db, token)).answeredAt)
      return surveyPage(c, { again: true });
    const form = await parseForm(c, FollowUpInput);
    if (!form.ok) return surveyPage(c, { errors: form.errors, values: form.values });
    const app = c.get('app');
    await answerFollowUp(app.database.db, token, form.data, app.now());
    return c.redirect(`${href(c.get('lang'), `/follow-up/${token}`)}?done=thanks`, 303);
  });

  pages.get(`${PATH}/opt-out`, async (c) => {
    const token = personal(c);
    await followUpOfToken(c.get('app').database.db, token);
    const t = c.get('t');
    const back = href(c.get('lang'), `/follow-up/${token}`);
    return render(
      c,
      { title: t('cascade.followup.optOut.title') },
      <FollowUpOptOutPage t={t} action={`${back}/opt-out`} back={back} csrfToken={c.get('csrfToken')} />,
    );
  });

  pages.post(`${PATH}/opt-out`, async (c) => {
    const token = personal(c);
    const app = c.get('app');
    await optOutFollowUp(app.database.db, token, app.now());
    return c.redirect(`${href(c.get('lang'), `/follow-up/${token}`)}?done=optedOut`, 303);
  });
}
