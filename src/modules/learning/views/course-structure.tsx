import type { Lang } from '../../../lib/bilingual.js';
import { BilingualField, BiMarked, HiddenFormFields } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { OutlineModule } from '../course-outline.js';
import { ActionButton } from './course-form-parts.js';
import { coursePath } from './learn-parts.js';
import { quizPath } from './quiz-manage.js';

export interface StructureProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  courseId: string;
  outline: OutlineModule[];
}

/** Up and down as two small forms: the order changes without a script, one step per click. */
function Moves(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  action: string;
  name: string;
  first: boolean;
  last: boolean;
}) {
  const { t } = p;
  return (
    <span class="row-actions">
      <ActionButton
        action={href(p.lang, p.action)}
        csrfToken={p.csrfToken}
        name="direction"
        value="up"
        label="↑"
        ariaLabel={t('learning.manage.moveUp', { name: p.name })}
        secondary
        disabled={p.first}
      />
      <ActionButton
        action={href(p.lang, p.action)}
        csrfToken={p.csrfToken}
        name="direction"
        value="down"
        label="↓"
        ariaLabel={t('learning.manage.moveDown', { name: p.name })}
        secondary
        disabled={p.last}
      />
    </span>
  );
}

/** The modules of a course with their lessons (and quizzes), to add, rename, reorder and remove. */
export function CourseStructure(p: StructureProps) {
  const { t, lang } = p;
  const modules = p.outline.filter((m) => m.id !== null);
  const loose = p.outline.find((m) => m.id === null);
  return (
    <section aria-labelledby="structure-h" class="course-structure">
      <h2 id="structure-h">{t('learning.manage.structure')}</h2>
      {modules.length ? null : <p>{t('learning.manage.noModules')}</p>}
      {modules.map((m, i) => {
        const id = m.id as string;
        const name = m.title[lang] || m.title.en || m.title.zh || t('learning.module.untitled', { n: i + 1 });
        const lessons = m.items.filter((x) => x.kind === 'lesson');
        return (
          <section class="panel manage-module" aria-labelledby={`module-${id}`}>
            <h3 id={`module-${id}`}>{name}</h3>
            <div class="row-actions">
              <Moves
                t={t}
                lang={lang}
                csrfToken={p.csrfToken}
                action={coursePath.moduleMove(id)}
                name={name}
                first={i === 0}
                last={i === modules.length - 1}
              />
              {lessons.length ? null : (
                <ActionButton
                  action={href(lang, coursePath.moduleDelete(id))}
                  csrfToken={p.csrfToken}
                  label={t('learning.module.delete')}
                  secondary
                />
              )}
            </div>
            <details>
              <summary>{t('learning.module.rename')}</summary>
              <form method="post" action={href(lang, coursePath.module(id))} class="stack" novalidate>
                <HiddenFormFields csrfToken={p.csrfToken} />
                <BilingualField
                  t={t}
                  name="title"
                  label={t('learning.module.title')}
                  value={m.title}
                  maxLength={300}
                />
                <button type="submit">{t('common.save')}</button>
              </form>
            </details>
            <ol class="manage-items">
              {m.items.map((item, j) => {
                const itemName = item.title[lang] || item.title.en || item.title.zh;
                return item.kind === 'lesson' ? (
                  <li>
                    <BiMarked
                      t={t}
                      value={item.title}
                      lang={lang}
                      link={href(lang, coursePath.lessonEdit(item.id))}
                    />{' '}
                    <Moves
                      t={t}
                      lang={lang}
                      csrfToken={p.csrfToken}
                      action={coursePath.lessonMove(item.id)}
                      name={itemName}
                      first={j === 0 || m.items.slice(0, j).every((x) => x.kind !== 'lesson')}
                      last={m.items.slice(j + 1).every((x) => x.kind !== 'lesson')}
                    />
                  </li>
                ) : (
                  <li>
                    <span class="tag">{t('learning.outline.quiz')}</span>{' '}
                    <BiMarked
                      t={t}
                      value={item.title}
                      lang={lang}
                      link={href(lang, quizPath.edit(item.id))}
                    />
                  </li>
                );
              })}
            </ol>
            <form
              method="post"
              action={href(lang, coursePath.addLesson(p.courseId))}
              class="stack add-lesson"
              novalidate
            >
              <HiddenFormFields csrfToken={p.csrfToken} />
              <input type="hidden" name="moduleId" value={id} />
              <BilingualField
                t={t}
                name="title"
                label={t('learning.lesson.newTitle')}
                required
                maxLength={300}
              />
              <button type="submit" class="secondary">
                {t('learning.lesson.add')}
              </button>
            </form>
          </section>
        );
      })}
      {loose ? (
        <section class="panel">
          <h3>{t('learning.module.quizzes')}</h3>
          <ul>
            {loose.items.map((q) => (
              <li>
                <BiMarked t={t} value={q.title} lang={lang} link={href(lang, quizPath.edit(q.id))} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form
        method="post"
        action={href(lang, coursePath.addModule(p.courseId))}
        class="stack add-module"
        novalidate
      >
        <HiddenFormFields csrfToken={p.csrfToken} />
        <BilingualField
          t={t}
          name="title"
          label={t('learning.module.newTitle')}
          hint={t('learning.module.titleHint')}
          maxLength={300}
        />
        <button type="submit" class="secondary">
          {t('learning.module.add')}
        </button>
      </form>
    </section>
  );
}
