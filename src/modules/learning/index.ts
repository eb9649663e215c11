/**
 * Online learning: bilingual courses of modules, lessons and quizzes, a question bank, learners'
 * enrolments and progress, completion, and xAPI learning records.
 */
// The module's messages join the platform's catalogue when the module is loaded.
import './messages-audit.js';
import './messages-bank.js';
import './messages-completion.js';
import './messages-course-audit.js';
import './messages-courses.js';
import './messages-event-courses.js';
import './messages-learn.js';
import './messages-quiz.js';
import './messages-quiz-audit.js';

export { quizPassed } from './attempt-queries.js';
export { COURSE_COMPLETED, evaluateCompletion } from './completion.js';
export { completionHandlers, courseCompletionFacts } from './completion-jobs.js';
export type { CourseCredentials } from './completion-routes.js';
export { registerCourseApi } from './course-api.js';
export { courseOutline, type OutlineItem, type OutlineModule } from './course-outline.js';
export { registerCoursePages } from './course-pages.js';
export { passedKnowledgeCourseSql } from './event-courses.js';
export { eventCoursesSection } from './event-courses-section.js';
export { type CourseProgress, courseProgress, type EnrolmentRow, enrolmentFor } from './progress.js';
export { registerQuizApi } from './quiz-api.js';
export { registerQuizPages } from './quiz-pages.js';
export { courses, enrolments, eventCourses, lessons, quizzes } from './schema.js';
export { LEARNING_SEED_NAME, loadLearningStarter } from './starter/load.js';
