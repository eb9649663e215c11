import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { QUESTION_TYPES } from './schema.js';

const Choice = z.object({ id: z.string(), text: Bilingual });

export const QuizQuestionSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(QUESTION_TYPES),
    text: Bilingual.describe('Markdown'),
    mark: z.number(),
    options: z
      .array(Choice)
      .describe(
        'single, multiple, truefalse: the options to choose from. matching: the items, each to be paired with one of `choices`. numeric: empty (a number is answered).',
      ),
    choices: z.array(Choice).describe('matching: the answers to pair the items with; empty for other types.'),
  })
  .openapi('QuizQuestion');

export const StartedAttemptSchema = z
  .object({
    id: z.uuid(),
    number: z.int(),
    dueAt: z.iso.datetime().nullable().describe('When a timed attempt stops taking answers'),
    questions: z.array(QuizQuestionSchema).describe('In the order asked; nothing tells the right answers'),
  })
  .openapi('StartedAttempt');

export const AnswersSchema = z
  .object({
    answers: z
      .array(
        z.object({
          questionId: z.uuid(),
          optionIds: z.array(z.string().max(100)).max(50).optional().describe('single, multiple, truefalse'),
          value: z.number().nullable().optional().describe('numeric'),
          pairs: z
            .array(z.object({ optionId: z.string().max(100), choiceId: z.string().max(100) }))
            .max(50)
            .optional()
            .describe('matching: the choice given to each item'),
        }),
      )
      .max(200),
  })
  .openapi('AttemptAnswers');

export const ResultSchema = z.object({ score: z.number(), passed: z.boolean() }).openapi('AttemptResult');

const Response = z
  .object({
    optionIds: z.array(z.string()).optional(),
    value: z.number().nullable().optional(),
    pairs: z.record(z.string(), z.string()).optional().describe('item (option id) → choice id'),
  })
  .nullable();

export const AttemptSchema = z
  .object({
    id: z.uuid(),
    quizId: z.uuid(),
    number: z.int(),
    startedAt: z.iso.datetime(),
    dueAt: z.iso.datetime().nullable(),
    submittedAt: z.iso.datetime().nullable(),
    score: z.number().nullable(),
    passed: z.boolean().nullable(),
    questions: z.array(
      QuizQuestionSchema.extend({
        response: Response,
        review: z
          .object({
            mark: z.number().describe('The mark earned'),
            generalFeedback: Bilingual,
            options: z.array(
              z.object({
                id: z.string(),
                fraction: z.number().describe('Percent of the mark, -100…100'),
                right: z.boolean(),
                feedback: Bilingual,
              }),
            ),
            rightPairs: z.array(z.object({ optionId: z.string(), choiceId: z.string() })),
            rightValues: z.array(z.object({ value: z.number(), tolerance: z.number() })),
          })
          .nullable()
          .describe('Once the attempt is submitted: the marks, right answers and feedback'),
      }),
    ),
  })
  .openapi('Attempt');

export const ImportBodySchema = z
  .object({
    content: z
      .string()
      .min(1)
      .max(2_000_000)
      .describe('The file: Moodle XML, or CSV in the bank’s layout (told apart by content)'),
  })
  .openapi('QuestionImport');

export const ImportReportSchema = z
  .object({
    format: z.enum(['moodle', 'csv']),
    created: z.int(),
    updated: z.int(),
    skipped: z.array(
      z.object({
        position: z.int(),
        name: z.string(),
        problems: z.array(z.object({ field: z.string(), message: z.string() })),
      }),
    ),
    notes: z.array(z.object({ position: z.int(), name: z.string(), notes: z.array(z.string()) })),
  })
  .openapi('QuestionImportReport');

export const ExportQuerySchema = z.object({
  format: z.enum(['moodle', 'csv']).optional().default('moodle'),
  type: z.enum(QUESTION_TYPES).optional(),
  tag: z.string().max(50).optional(),
  category: z.string().max(255).optional(),
  q: z.string().max(200).optional(),
});
