import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { LIMITS } from './question-input.js';
import { FEEDBACK_QUESTION_KINDS } from './schema.js';
import { COMMENT_MAX } from './submit-survey.js';

const BilingualIn = (max: number) =>
  z.object({ en: z.string().max(max).optional(), zh: z.string().max(max).optional() });
const PART_STATES = ['unavailable', 'notInvited', 'notYet', 'open', 'done', 'closed'] as const;
const TRANSLATION = ['complete', 'needs_translation', 'outdated'] as const;
const nullableNumber = z.number().nullable();

export const QuestionInSchema = z
  .object({
    id: z.uuid().optional().openapi({ description: 'Keep this existing question (omit to add a new one)' }),
    kind: z
      .enum(FEEDBACK_QUESTION_KINDS)
      .openapi({ description: 'single or multiple (test); likert or comment (survey)' }),
    prompt: BilingualIn(LIMITS.prompt),
    required: z.boolean().optional().openapi({ description: 'Survey questions: must be answered' }),
    options: z
      .array(
        z.object({
          value: z.string().max(12).optional(),
          label: BilingualIn(LIMITS.option),
          correct: z.boolean().optional(),
        }),
      )
      .max(LIMITS.options)
      .optional(),
    explanation: BilingualIn(LIMITS.explanation).optional(),
  })
  .openapi('FeedbackQuestionIn');

export const QuestionsInSchema = z
  .object({ questions: z.array(QuestionInSchema).max(LIMITS.questions) })
  .openapi('FeedbackQuestionsIn', {
    example: {
      questions: [
        {
          kind: 'single',
          prompt: {
            en: 'How long does a Chinese invention patent last?',
            zh: '中国发明专利的保护期是多少年？',
          },
          options: [
            { label: { en: '10 years', zh: '10年' } },
            { label: { en: '20 years', zh: '20年' }, correct: true },
          ],
        },
      ],
    },
  });

const OptionOut = z.object({ value: z.string(), label: Bilingual, correct: z.boolean().optional() });

export const QuestionSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(FEEDBACK_QUESTION_KINDS),
    prompt: Bilingual,
    required: z.boolean().optional(),
    options: z.array(OptionOut).optional(),
    explanation: Bilingual.optional(),
    translationStatus: z.enum(TRANSLATION).optional(),
  })
  .openapi('FeedbackQuestion');

const Windows = z.object({
  eventStartsAt: z.string(),
  eventEndsAt: z.string(),
  preClosesAt: z.string(),
  postOpensAt: z.string(),
  postClosesAt: z.string(),
});

export const SettingsInSchema = z
  .object({
    testPublished: z.boolean().optional(),
    surveyPublished: z.boolean().optional(),
    passPercent: z.number().int().min(0).max(100).optional(),
    preClosesAt: z.iso.datetime({ offset: true }).nullable().optional(),
    postOpensAt: z.iso.datetime({ offset: true }).nullable().optional(),
    postClosesAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .openapi('FeedbackSettingsIn', {
    description: 'Only the fields sent change; a window set to null follows the event dates again.',
  });

export const FeedbackSchema = z
  .object({
    eventId: z.uuid(),
    testPublished: z.boolean(),
    surveyPublished: z.boolean(),
    passPercent: z.number().int(),
    windows: Windows.openapi({
      description: 'In effect now: set by the manager or following the event dates',
    }),
    custom: z.object({
      preClosesAt: z.string().nullable(),
      postOpensAt: z.string().nullable(),
      postClosesAt: z.string().nullable(),
    }),
    test: z.object({ questions: z.array(QuestionSchema) }),
    survey: z.object({ questions: z.array(QuestionSchema) }),
    counts: z.object({
      pre: z.number().int(),
      post: z.number().int(),
      responses: z.number().int(),
      attendees: z.number().int(),
    }),
    defaultSurveyQuestions: z.array(QuestionInSchema),
  })
  .openapi('Feedback');

const Part = z.object({ n: z.number().int(), mean: nullableNumber });
const ScorePart = z
  .object({ score: z.number().int(), maxScore: z.number().int(), percent: z.number() })
  .nullable();

export const ResultsSchema = z
  .object({
    knowledgeGain: z.object({
      pre: Part,
      post: Part,
      paired: z.object({
        n: z.number().int(),
        meanPre: nullableNumber,
        meanPost: nullableNumber,
        meanGain: nullableNumber.openapi({ description: 'Percentage points, those who took both' }),
        hakeG: nullableNumber.openapi({ description: "Hake's normalised gain on the paired averages" }),
      }),
      maxScore: z.number().int(),
      passPercent: z.number().int(),
      passed: z.number().int(),
      distribution: z.array(
        z.object({ score: z.number().int(), pre: z.number().int(), post: z.number().int() }),
      ),
      questions: z.array(
        z.object({
          id: z.uuid(),
          prompt: Bilingual,
          pre: z.object({ n: z.number().int(), correct: z.number().int(), p: nullableNumber }),
          post: z.object({ n: z.number().int(), correct: z.number().int(), p: nullableNumber }),
        }),
      ),
      scores: z.array(
        z.object({
          registrationId: z.uuid(),
          name: z.string(),
          organisation: z.string(),
          pre: ScorePart,
          post: ScorePart,
          gain: nullableNumber,
          passed: z.boolean().nullable(),
        }),
      ),
    }),
    survey: z.object({
      responses: z.number().int(),
      attendees: z.number().int(),
      shown: z
        .boolean()
        .openapi({ description: 'False until enough people have answered; then items stay empty' }),
      minimum: z.number().int(),
      items: z.array(
        z.object({
          questionId: z.uuid(),
          kind: z.enum(['likert', 'comment']),
          prompt: Bilingual,
          n: z.number().int().optional(),
          mean: nullableNumber.optional(),
          counts: z.array(z.number().int()).optional(),
          agree: nullableNumber.optional(),
          comments: z.array(z.string()).optional(),
        }),
      ),
    }),
  })
  .openapi('FeedbackResults');

export const LinkSchema = z.object({ url: z.string() }).openapi('FeedbackLink');

/** What the registrant sees through the signed link: the state of each part and, when open, its questions. */
export const RegistrantSchema = z
  .object({
    event: z.object({ id: z.uuid(), title: Bilingual, startDate: z.string(), endDate: z.string() }),
    lang: z.enum(['en', 'zh']),
    windows: Windows,
    preTest: z.object({
      state: z.enum(PART_STATES),
      submittedAt: z.string().nullable(),
      questions: z.array(QuestionSchema).optional(),
    }),
    postTest: z.object({
      state: z.enum(PART_STATES),
      submittedAt: z.string().nullable(),
      questions: z.array(QuestionSchema).optional(),
    }),
    survey: z.object({
      state: z.enum(PART_STATES),
      submittedAt: z.string().nullable(),
      questions: z.array(QuestionSchema).optional(),
    }),
    result: z
      .object({
        pre: ScorePart,
        post: ScorePart,
        gain: nullableNumber,
        passed: z.boolean(),
        passPercent: z.number().int(),
        questions: z.array(
          z.object({
            id: z.uuid(),
            prompt: Bilingual,
            options: z.array(OptionOut),
            explanation: Bilingual,
            preSelected: z.array(z.string()),
            postSelected: z.array(z.string()),
          }),
        ),
      })
      .optional()
      .openapi({ description: 'After the post-test: both scores and the correct answers' }),
  })
  .openapi('FeedbackRegistrant');

const answerMap = <T extends z.ZodType>(value: T) =>
  z
    .record(z.string().max(40), value)
    .refine((o) => Object.keys(o).length <= LIMITS.questions, { message: 'form.invalid' });

export const TestAnswersSchema = z
  .object({
    answers: answerMap(
      z.union([z.string().max(40), z.array(z.string().max(40)).max(LIMITS.options)]),
    ).openapi({
      description:
        'By question id: the chosen option value, or a list of them; a question left out is blank (wrong)',
    }),
  })
  .openapi('FeedbackTestAnswers');

export const SurveyAnswersSchema = z
  .object({
    answers: answerMap(z.union([z.number().int().min(1).max(5), z.string().max(COMMENT_MAX)])).openapi({
      description: 'By question id: a rating 1–5, or a comment',
    }),
  })
  .openapi('FeedbackSurveyAnswers');

export const SubmittedSchema = z
  .object({
    recorded: z.literal(true),
    phase: z.enum(['pre', 'post', 'survey']),
    result: RegistrantSchema.shape.result,
  })
  .openapi('FeedbackSubmitted');
