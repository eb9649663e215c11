// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages-domain.js';
import './messages-manage.js';
import './messages.js';

export { registerFeedbackApi } from './api.js';
export { feedbackEventSection } from './event-panel.js';
export { queuePreInvitations } from './invite.js';
export { feedbackHandlers, feedbackRecurring } from './jobs.js';
export { feedbackKey } from './keys.js';
export { passedPostTestSql } from './passed.js';
export { listQuestions } from './queries.js';
export { knowledgeGainBy } from './report.js';
export { knowledgeGainOf } from './results.js';
export { registerFeedbackPages } from './routes.js';
export { saveQuestions } from './save-questions.js';
export { saveFeedbackSettings } from './save-settings.js';
export { submitTest } from './submit-test.js';
export { surveyResultsOf } from './survey-results.js';
