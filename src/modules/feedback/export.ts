import { type Lang, text } from '../../lib/bilingual.js';
import { type Cell, writeXlsx } from '../../lib/xlsx.js';
import type { Translator } from '../../web/i18n/index.js';
import { type CsvValue, writeCsv } from '../directory/index.js';
import type { EventKnowledgeGain } from './results.js';
import type { SurveyResults } from './survey-results.js';

const round = (v: number | null, digits = 1) => (v === null ? null : Number(v.toFixed(digits)));

function scoreRows(t: Translator, gain: EventKnowledgeGain): CsvValue[][] {
  return [
    [
      t('feedback.results.name'),
      t('feedback.results.organisation'),
      t('feedback.export.maxScore'),
      t('feedback.export.preScore'),
      t('feedback.export.prePercent'),
      t('feedback.export.postScore'),
      t('feedback.export.postPercent'),
      t('feedback.export.gainPoints'),
      t('feedback.results.passed'),
    ],
    ...gain.scores.map((s) => [
      s.name,
      s.organisation,
      s.post?.maxScore ?? s.pre?.maxScore ?? null,
      s.pre ? s.pre.score : null,
      s.pre ? round(s.pre.percent) : null,
      s.post ? s.post.score : null,
      s.post ? round(s.post.percent) : null,
      round(s.gain),
      s.passed === null ? '' : s.passed ? t('common.yes') : t('common.no'),
    ]),
  ];
}

function surveyRows(t: Translator, lang: Lang, survey: SurveyResults): CsvValue[][] {
  const rows: CsvValue[][] = [
    [
      t('feedback.results.statement'),
      t('feedback.export.kind'),
      t('feedback.export.answers'),
      t('feedback.results.mean'),
      '1',
      '2',
      '3',
      '4',
      '5',
      t('feedback.export.agreePercent'),
      t('feedback.export.comment'),
    ],
  ];
  for (const i of survey.items) {
    const q = text(i.question.prompt, lang);
    if (i.kind === 'likert')
      rows.push([
        q,
        t('feedback.kind.likert'),
        i.n,
        round(i.mean, 2),
        ...i.counts,
        round(i.agree === null ? null : i.agree * 100),
        '',
      ]);
    else
      for (const c of i.comments)
        rows.push([q, t('feedback.kind.comment'), null, null, null, null, null, null, null, null, c]);
  }
  return rows;
}

export const scoresCsv = (t: Translator, gain: EventKnowledgeGain) => writeCsv(scoreRows(t, gain));
export const surveyCsv = (t: Translator, lang: Lang, survey: SurveyResults) =>
  writeCsv(surveyRows(t, lang, survey));

/** One workbook: the figures, each person's scores, each question's difficulty, the survey. */
export function resultsXlsx(
  t: Translator,
  lang: Lang,
  gain: EventKnowledgeGain,
  survey: SurveyResults,
): Uint8Array {
  const figures: Cell[][] = [
    [t('feedback.export.figure'), t('feedback.export.value'), t('feedback.export.people')],
    [t('feedback.gain.meanPre'), round(gain.pre.mean), gain.pre.n],
    [t('feedback.gain.meanPost'), round(gain.post.mean), gain.post.n],
    [t('feedback.export.pairedPre'), round(gain.paired.meanPre), gain.paired.n],
    [t('feedback.export.pairedPost'), round(gain.paired.meanPost), gain.paired.n],
    [t('feedback.gain.paired'), round(gain.paired.meanGain), gain.paired.n],
    [t('feedback.gain.hake'), round(gain.paired.hakeG, 3), gain.paired.n],
    [t('feedback.export.passed', { pass: gain.passPercent }), gain.passed, gain.post.n],
  ];
  const questions: Cell[][] = [
    [
      '#',
      t('feedback.gain.question'),
      t('feedback.gain.rightBefore'),
      t('feedback.gain.rightAfter'),
      t('feedback.export.takersBefore'),
      t('feedback.export.takersAfter'),
    ],
    ...gain.questions.map((q, i) => [
      i + 1,
      text(q.question.prompt, lang),
      round(q.pre.p === null ? null : q.pre.p * 100),
      round(q.post.p === null ? null : q.post.p * 100),
      q.pre.n,
      q.post.n,
    ]),
  ];
  const distribution: Cell[][] = [
    [t('feedback.gain.score'), t('feedback.gain.before'), t('feedback.gain.after')],
    ...gain.distribution.map((d) => [d.score, d.pre, d.post]),
  ];
  return writeXlsx([
    { name: t('feedback.gain.title'), rows: figures },
    { name: t('feedback.export.sheetScores'), rows: scoreRows(t, gain) as Cell[][] },
    { name: t('feedback.export.sheetQuestions'), rows: questions },
    { name: t('feedback.export.sheetDistribution'), rows: distribution },
    { name: t('feedback.results.survey'), rows: surveyRows(t, lang, survey) as Cell[][] },
  ]);
}
