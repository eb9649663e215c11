import type { Lang } from '../../lib/bilingual.js';
import { text } from '../../lib/bilingual.js';
import { todayIso } from '../../lib/dates.js';
import { type Cell, day } from '../../lib/xlsx.js';
import type { Translator } from '../../web/i18n/index.js';
import type { AnswerValue, Question } from '../registration/index.js';
import { orgTypeLabel, sexLabel } from './labels.js';
import type { ParticipantList } from './participant-list.js';

function answerText(q: Question, v: AnswerValue | undefined, t: Translator, lang: Lang): string {
  if (v === undefined) return '';
  const option = (value: string) => {
    const o = q.options.find((x) => x.value === value);
    return o ? text(o.label, lang) || value : value;
  };
  if (Array.isArray(v)) return v.map(option).join('; ');
  if (q.kind === 'yes_no')
    return v === 'yes' ? t('reports.answer.yes') : v === 'no' ? t('reports.answer.no') : v;
  if (q.kind === 'single_choice') return option(v);
  return v;
}

/**
 * The participant list as a table in the reader's language: one row per registration with its
 * status, place in the waiting list, organisation, type, sex, every answer (a column per question,
 * headed by the question in the reader's language), a column per event day and the days attended.
 */
export function participantTable(list: ParticipantList, t: Translator, lang: Lang): Cell[][] {
  const dayFormat = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const header: Cell[] = [
    t('reports.col.name'),
    t('reports.col.email'),
    t('reports.col.status'),
    t('reports.col.position'),
    t('reports.col.organisation'),
    t('reports.col.organisationType'),
    t('reports.col.sex'),
    t('reports.col.registeredAt'),
    ...list.questions.map((q) => text(q.label, lang)),
    ...list.days.map((d) =>
      t('reports.col.day', { day: `${d} (${dayFormat.format(new Date(`${d}T00:00:00Z`))})` }),
    ),
    t('reports.col.daysAttended'),
  ];
  const rows = list.rows.map(
    ({ registration: r, answers, attended, daysPresent, organisationType, sex }): Cell[] => [
      r.name,
      r.email,
      t(`registration.status.${r.status}`),
      r.position,
      r.organisationName,
      organisationType ? orgTypeLabel(t, organisationType) : '',
      sex ? sexLabel(t, sex) : '',
      // The day of registration in the programme's time zone, a date cell in a workbook.
      day(todayIso(r.createdAt)),
      ...list.questions.map((q) => answerText(q, answers.get(q.id), t, lang)),
      ...list.days.map((d) => (attended.has(d) ? '✓' : '')),
      daysPresent,
    ],
  );
  return [header, ...rows];
}
