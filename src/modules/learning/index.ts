/**
 * Online learning: bilingual courses of modules, lessons and quizzes, a question bank, learners'
 * enrolments and progress, completion, and xAPI learning records.
 */
// The module's messages join the platform's catalogue when the module is loaded.
import './messages-audit.js';
import './messages-bank.js';
import './messages-quiz.js';
import './messages-quiz-audit.js';

export { quizPassed } from './attempt-queries.js';
export { registerQuizApi } from './quiz-api.js';
export { registerQuizPages } from './quiz-pages.js';
export { courses, enrolments, lessons, quizzes } from './schema.js';
