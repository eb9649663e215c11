import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { UUID_PATTERN } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, nestFields } from '../../web/forms.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { answered, openSections } from './answers.js';
import { getDiagnostic } from './queries.js';
import { LEVEL_ONE } from './questions.js';
import { completeDraft, saveSection, startDraft } from './save.js';
import { QuestionForm } from './views/questionnaire.js';

const report = (c: Context<AppEnv>, id: string) => c.redirect(href(c.get('lang'), `/diagnostic/${id}`), 303);
const step = (c: Context<AppEnv>, id: string, n: number) =>
  c.redirect(href(c.get('lang'), `/diagnostic/${id}/step/${n}`), 303);

async function posted(c: Context<AppEnv>) {
  const raw = await c.req.parseBody({ all: true });
  const values = nestFields(raw as Record<string, string>);
  const token = typeof raw._form === 'string' ? raw._form : undefined;
  return { answers: answered(values.answers as Record<string, unknown> | undefined), token };
}

function levelOne(
  c: Context<AppEnv>,
  o: { values?: Record<string, string>; errors?: FieldErrors; formToken?: string },
) {
  const t = c.get('t');
  const lang = c.get('lang');
  return render(
    c,
    {
      title: t('diagnostic.title'),
      section: 'toolkit',
      description: t('diagnostic.lead'),
      status: o.errors ? 422 : 200,
    },
    <QuestionForm
      t={t}
      lang={lang}
      heading={t('diagnostic.step.one')}
      action={href(lang, '/diagnostic')}
      questions={LEVEL_ONE}
      values={o.values ?? {}}
      errors={o.errors}
      csrfToken={c.get('csrfToken') ?? ''}
      formToken={o.formToken ?? newFormToken()}
      last={false}
      signedIn={!!c.get('user')}
      storageKey="diagnostic:new"
    />,
  );
}

/** The questionnaire without JavaScript: level one as one form, then each called-for section as a form. */
export function registerTakePages(pages: Hono<AppEnv>) {
  pages.get('/diagnostic', (c) => levelOne(c, {}));

  pages.post('/diagnostic', async (c) => {
    const db = c.get('app').database.db;
    const { answers, token } = await posted(c);
    try {
      const { result } = await once(db, token, async (tx) => {
        const id = await startDraft(tx, answers);
        // Nothing more to ask: the first form was the last.
        if (!openSections(answers).length) await completeDraft(tx, c.get('user') ?? null, id);
        return id;
      });
      return openSections(answers).length ? step(c, result, 1) : report(c, result);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return levelOne(c, { values: answers, errors, formToken: token });
    }
  });

  const stepPath = `/diagnostic/:id{${UUID_PATTERN}}/step/:n{[1-9]}`;
  const draftStep = async (c: Context<AppEnv>) => {
    const d = await getDiagnostic(c.get('app').database.db, c.req.param('id') ?? '');
    if (!d) throw new AppError('not_found');
    const sections = openSections(d.answers);
    const n = Number(c.req.param('n'));
    const section = sections[n - 1];
    if (!section) throw new AppError('not_found');
    return { d, sections, n, section };
  };
  const showStep = (
    c: Context<AppEnv>,
    s: Awaited<ReturnType<typeof draftStep>>,
    o: { values?: Record<string, string>; errors?: FieldErrors; formToken?: string } = {},
  ) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const last = s.n === s.sections.length;
    return render(
      c,
      { title: t('diagnostic.title'), section: 'toolkit', status: o.errors ? 422 : 200 },
      <QuestionForm
        t={t}
        lang={lang}
        heading={t('diagnostic.step.section', {
          section: s.section.title[lang],
          n: s.n,
          total: s.sections.length,
        })}
        action={href(lang, `/diagnostic/${s.d.id}/step/${s.n}`)}
        questions={s.section.questions}
        values={o.values ?? s.d.answers}
        errors={o.errors}
        csrfToken={c.get('csrfToken') ?? ''}
        formToken={last ? (o.formToken ?? newFormToken()) : undefined}
        last={last}
        signedIn={!!c.get('user')}
        storageKey={`diagnostic:${s.d.id}:${s.n}`}
      />,
    );
  };

  pages.get(stepPath, async (c) => {
    const s = await draftStep(c);
    if (s.d.status === 'complete') return report(c, s.d.id);
    return showStep(c, s);
  });

  pages.post(stepPath, async (c) => {
    const s = await draftStep(c);
    if (s.d.status === 'complete') return report(c, s.d.id);
    const { answers, token } = await posted(c);
    const db = c.get('app').database.db;
    try {
      // Only this section's questions are taken from this form.
      const mine = Object.fromEntries(
        Object.entries(answers).filter(([k]) => s.section.questions.some((q) => q.id === k)),
      );
      const foreign = Object.keys(answers).filter((k) => !(k in mine));
      if (foreign.length)
        throw invalidFields(
          Object.fromEntries(foreign.map((k) => [`answers.${k}`, 'diagnostic.error.unknown' as const])),
        );
      await saveSection(db, s.d.id, mine);
      if (s.n < s.sections.length) return step(c, s.d.id, s.n + 1);
      await once(db, token, async (tx) => {
        await completeDraft(tx, c.get('user') ?? null, s.d.id);
        return s.d.id;
      });
      return report(c, s.d.id);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showStep(c, s, { values: { ...s.d.answers, ...answers }, errors, formToken: token });
    }
  });
}
