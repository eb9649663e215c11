import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';

/** Every address of the course pages, so views and routes agree. */
export const coursePath = {
  catalogue: '/learn',
  mine: '/learn/mine',
  page: (slug: string) => `/learn/courses/${slug}`,
  enrol: (slug: string) => `/learn/courses/${slug}/enrol`,
  lesson: (id: string) => `/learn/lessons/${id}`,
  certificate: (enrolmentId: string) => `/learn/enrolments/${enrolmentId}/certificate.pdf`,
  attachment: (lessonId: string, fileId: string) => `/learn/lessons/${lessonId}/attachments/${fileId}`,
  manage: '/learn/manage/courses',
  create: '/learn/manage/courses/new',
  edit: (id: string) => `/learn/manage/courses/${id}`,
  status: (id: string) => `/learn/manage/courses/${id}/status`,
  remove: (id: string) => `/learn/manage/courses/${id}/delete`,
  addModule: (id: string) => `/learn/manage/courses/${id}/modules`,
  addLesson: (id: string) => `/learn/manage/courses/${id}/lessons`,
  versions: (id: string) => `/learn/manage/courses/${id}/versions`,
  compare: (id: string, from: number, to: number) =>
    `/learn/manage/courses/${id}/compare?from=${from}&to=${to}`,
  module: (id: string) => `/learn/manage/modules/${id}`,
  moduleMove: (id: string) => `/learn/manage/modules/${id}/move`,
  moduleDelete: (id: string) => `/learn/manage/modules/${id}/delete`,
  lessonEdit: (id: string) => `/learn/manage/lessons/${id}`,
  lessonMove: (id: string) => `/learn/manage/lessons/${id}/move`,
  lessonDelete: (id: string) => `/learn/manage/lessons/${id}/delete`,
  lessonFiles: (id: string) => `/learn/manage/lessons/${id}/attachments`,
  lessonFileDelete: (id: string, fileId: string) =>
    `/learn/manage/lessons/${id}/attachments/${fileId}/delete`,
} as const;

export const audienceLabel = (t: Translator, a: string) => t(`learning.audience.${a}` as MessageKey);
export const statusLabel = (t: Translator, s: string) => t(`learning.course.status.${s}` as MessageKey);
export const topicLabel = (t: Translator, topic: string) => t(`library.topic.${topic}` as MessageKey);

export function minutesText(t: Translator, lang: Lang, minutes: number | null): string | null {
  if (!minutes) return null;
  if (minutes < 60) return t('learning.minutes', { n: formatNumber(minutes, lang) });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m
    ? t('learning.hoursMinutes', { h: formatNumber(h, lang), m: formatNumber(m, lang) })
    : t('learning.hours', { h: formatNumber(h, lang) });
}

/** Progress as a bar and in words ("3 of 5 lessons"), so it reads without the bar too. */
export function Progress(p: { t: Translator; done: number; total: number; label?: string }) {
  const words = p.t('learning.progress.lessons', { done: p.done, total: p.total });
  return (
    <p class="learn-progress">
      <progress
        max={Math.max(1, p.total)}
        value={p.done}
        aria-label={p.label ?? p.t('learning.progress.label')}
      >
        {words}
      </progress>{' '}
      <span>{words}</span>
    </p>
  );
}
