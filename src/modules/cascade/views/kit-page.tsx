import type { Lang } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { formatBytes } from '../../files/index.js';
import { MarkdownHtml, renderMarkdown } from '../../library/index.js';
import type { TrainerKit } from '../kit-data.js';

const other = (l: Lang): Lang => (l === 'en' ? 'zh' : 'en');

/** A training's kit: slides and handouts, the session plan, the short test, the sessions' sheets. */
export function KitPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  kit: TrainerKit;
  saved?: boolean;
  /** What a manager typed into the plan, with what is wrong with it, when it was refused. */
  typed?: { values: Record<string, string>; errors: FieldErrors };
}) {
  const { t, lang, kit } = p;
  const base = href(lang, `/events/${kit.training.id}`);
  const title = kit.training.title[lang] || kit.training.title[other(lang)];
  const planLang: Lang = kit.plan[lang] ? lang : other(lang);
  return (
    <div class="wrap narrow kit-page">
      <PageHeader
        title={t('cascade.kit.title')}
        lead={t('cascade.kit.lead', { title })}
        crumbs={[{ href: base, label: title }]}
        actions={
          <a class="button" href={`${base}/kit.zip`}>
            {t('cascade.kit.zip')}
          </a>
        }
      />
      <ErrorSummary t={t} errors={p.typed?.errors} />
      {p.saved ? <Notice kind="success">{t('cascade.kit.planSaved')}</Notice> : null}
      <section aria-labelledby="kit-materials">
        <h2 id="kit-materials">{t('cascade.kit.materials')}</h2>
        {kit.items.length ? (
          <ul>
            {kit.items.map((i) => (
              <li>
                <a href={href(lang, `/library/items/${i.slug}`)}>{i.title[lang] || i.title[other(lang)]}</a>
                {i.files.length ? (
                  <ul>
                    {i.files.map((f) => (
                      <li>
                        <a href={href(lang, `/library/items/${i.slug}/files/${f.linkId}`)}>{f.name}</a> ·{' '}
                        {formatBytes(f.size)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('cascade.kit.noMaterials')}</p>
        )}
      </section>
      <section aria-labelledby="kit-plan">
        <h2 id="kit-plan">{t('cascade.kit.plan')}</h2>
        {kit.plan[planLang] ? (
          <MarkdownHtml
            html={renderMarkdown(kit.plan[planLang]).html}
            class="prose"
            lang={planLang === 'zh' ? 'zh-CN' : 'en'}
          />
        ) : (
          <p>{t('cascade.kit.noPlan')}</p>
        )}
        {kit.canEditPlan ? (
          <details open={p.typed ? true : undefined}>
            <summary>{t('cascade.kit.editPlan')}</summary>
            <form method="post" action={`${base}/kit/plan`} class="form">
              <HiddenFormFields csrfToken={p.csrfToken} />
              {(['zh', 'en'] as const).map((l) => (
                <div class="field">
                  <label for={`f-plan-${l}`}>
                    {t(l === 'en' ? 'cascade.kit.planEn' : 'cascade.kit.planZh')}
                  </label>
                  {p.typed?.errors[`plan.${l}`] ? (
                    <p class="field-error">{p.typed.errors[`plan.${l}`]}</p>
                  ) : null}
                  <textarea
                    id={`f-plan-${l}`}
                    name={`plan.${l}`}
                    rows={10}
                    maxlength={20000}
                    lang={l === 'zh' ? 'zh-CN' : 'en'}
                  >
                    {p.typed ? (p.typed.values[`plan.${l}`] ?? '') : kit.plan[l]}
                  </textarea>
                </div>
              ))}
              <button type="submit">{t('cascade.kit.savePlan')}</button>
            </form>
          </details>
        ) : null}
      </section>
      <section aria-labelledby="kit-test">
        <h2 id="kit-test">{t('cascade.kit.test')}</h2>
        {kit.questions.length ? (
          <p>
            {t('cascade.kit.testLead', { count: kit.questions.length })}{' '}
            <a href={`${base}/kit/short-test.pdf`}>{t('cascade.kit.testPrint')}</a>
          </p>
        ) : (
          <p>{t('cascade.kit.noTest')}</p>
        )}
      </section>
      <section aria-labelledby="kit-sessions">
        <h2 id="kit-sessions">{t('cascade.kit.sessions')}</h2>
        {kit.sessions.length ? (
          <ul>
            {kit.sessions.map((s) => (
              <li>
                {formatDate(s.startDate, lang)} · {s.title[lang] || s.title[other(lang)]} · {s.trainerName} ·{' '}
                <a href={href(lang, `/events/${s.id}/sign-in-sheet.pdf`)}>{t('cascade.attendees.sheet')}</a> ·{' '}
                <a href={href(lang, `/events/${s.id}/attendees`)}>{t('cascade.attendees.title')}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('cascade.kit.noSessions')}</p>
        )}
      </section>
    </div>
  );
}
