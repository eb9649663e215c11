import type { Bilingual } from '../../lib/bilingual.js';
import { type DiffPart, diffText } from '../library/index.js';
import type { CourseSnapshot, LessonSnapshot } from './course-snapshot.js';

export interface TextChange {
  /** What changed: the course's title or summary, or a lesson's title or text. */
  field: 'title' | 'summary' | 'body';
  en: DiffPart[] | null;
  zh: DiffPart[] | null;
}

export interface LessonChange {
  id: string;
  title: Bilingual;
  state: 'added' | 'removed' | 'changed' | 'moved';
  texts: TextChange[];
  /** Attachments, library items, the video link or the time changed. */
  extras: boolean;
}

export interface CourseDiff {
  texts: TextChange[];
  /** Names of the other course fields that changed (audience, status, enrolment …). */
  fields: (keyof CourseSnapshot)[];
  modulesChanged: boolean;
  lessons: LessonChange[];
}

function textChange(field: TextChange['field'], a: Bilingual, b: Bilingual): TextChange | null {
  if (a.en === b.en && a.zh === b.zh) return null;
  return {
    field,
    en: a.en === b.en ? null : diffText(a.en, b.en),
    zh: a.zh === b.zh ? null : diffText(a.zh, b.zh),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const lessonsOf = (s: CourseSnapshot) => s.modules.flatMap((m) => m.lessons);
const OTHER_FIELDS = [
  'audience',
  'topics',
  'ipRights',
  'estimatedMinutes',
  'status',
  'enrolment',
  'hasKey',
  'enrolmentEventId',
  'requireAllLessons',
  'requireQuizzes',
  'requireEventId',
] as const;

/** What changed between two saved states of a course, word by word in its texts. */
export function courseDiff(before: CourseSnapshot, after: CourseSnapshot): CourseDiff {
  const texts = [
    textChange('title', before.title, after.title),
    textChange('summary', before.summary, after.summary),
  ].filter((x): x is TextChange => !!x);
  const fields = OTHER_FIELDS.filter((f) => !same(before[f], after[f]));
  const order = (s: CourseSnapshot) => lessonsOf(s).map((l) => l.id);
  const was = new Map(lessonsOf(before).map((l) => [l.id, l]));
  const now = new Map(lessonsOf(after).map((l) => [l.id, l]));
  const lessons: LessonChange[] = [];
  const beforeOrder = order(before).filter((id) => now.has(id));
  const afterOrder = order(after).filter((id) => was.has(id));
  for (const l of lessonsOf(after)) {
    const old = was.get(l.id);
    if (!old) {
      lessons.push({
        id: l.id,
        title: l.title,
        state: 'added',
        texts: lessonTexts(emptyLesson(l.id), l),
        extras: false,
      });
      continue;
    }
    const changedTexts = lessonTexts(old, l);
    const extras = !same(
      [old.fileIds, old.libraryItemIds, old.videoUrl, old.estimatedMinutes],
      [l.fileIds, l.libraryItemIds, l.videoUrl, l.estimatedMinutes],
    );
    const moved = beforeOrder.indexOf(l.id) !== afterOrder.indexOf(l.id);
    if (changedTexts.length || extras)
      lessons.push({ id: l.id, title: l.title, state: 'changed', texts: changedTexts, extras });
    else if (moved) lessons.push({ id: l.id, title: l.title, state: 'moved', texts: [], extras: false });
  }
  for (const l of lessonsOf(before))
    if (!now.has(l.id))
      lessons.push({ id: l.id, title: l.title, state: 'removed', texts: [], extras: false });
  const moduleShape = (s: CourseSnapshot) => s.modules.map((m) => [m.id, m.title]);
  return { texts, fields, modulesChanged: !same(moduleShape(before), moduleShape(after)), lessons };
}

const emptyLesson = (id: string): LessonSnapshot => ({
  id,
  title: { en: '', zh: '' },
  body: { en: '', zh: '' },
  videoUrl: '',
  estimatedMinutes: null,
  fileIds: [],
  libraryItemIds: [],
});

function lessonTexts(a: LessonSnapshot, b: LessonSnapshot): TextChange[] {
  return [textChange('title', a.title, b.title), textChange('body', a.body, b.body)].filter(
    (x): x is TextChange => !!x,
  );
}
