import type { QuestionInput } from './question-input.js';

/**
 * A survey a manager can start from: one statement per thing the programme reports on (content,
 * trainers, organisation, usefulness for the work with SMEs, recommendation), rated from 1
 * (strongly disagree) to 5 (strongly agree), and two open questions.
 */
export const DEFAULT_SURVEY: QuestionInput[] = [
  {
    kind: 'likert',
    required: true,
    prompt: {
      en: 'The content of the training was relevant and up to date.',
      zh: '培训内容切合实际、与时俱进。',
    },
  },
  {
    kind: 'likert',
    required: true,
    prompt: {
      en: 'The trainers knew their subject and explained it clearly.',
      zh: '培训讲师专业扎实、讲解清晰。',
    },
  },
  {
    kind: 'likert',
    required: true,
    prompt: {
      en: 'The training was well organised (information, venue, timing, materials).',
      zh: '培训组织良好（通知、场地、时间安排、资料）。',
    },
  },
  {
    kind: 'likert',
    required: true,
    prompt: {
      en: 'What I learned will be useful in my work with small and medium-sized enterprises (SMEs).',
      zh: '所学内容对我服务中小企业的工作有帮助。',
    },
  },
  {
    kind: 'likert',
    required: true,
    prompt: {
      en: 'I would recommend this training to a colleague.',
      zh: '我愿意向同事推荐本次培训。',
    },
  },
  {
    kind: 'comment',
    required: false,
    prompt: {
      en: 'What was the most useful part of the training?',
      zh: '本次培训中您认为最有用的是哪一部分？',
    },
  },
  {
    kind: 'comment',
    required: false,
    prompt: { en: 'What should we improve next time?', zh: '下次培训有哪些需要改进的地方？' },
  },
];
