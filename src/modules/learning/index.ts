/**
 * Online learning: bilingual courses of modules, lessons and quizzes, a question bank, learners'
 * enrolments and progress, completion, and xAPI learning records.
 */
export { courses, enrolments, lessons, quizzes } from './schema.js';
