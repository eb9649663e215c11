/**
 * The IP self-diagnostic: a two-level questionnaire (the business, then the sections its answers
 * call for), rules in one data table that turn answers into findings and prioritised actions
 * linked to the platform, a bilingual report and PDF, anonymous totals for officials, and an
 * editor for the rules.
 */
// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';
import './messages-audit.js';

export { registerDiagnosticApi } from './api.js';
export { registerDiagnosticPages } from './routes.js';
export { diagnosticRules, diagnostics } from './schema.js';
export { diagnosticToolkitCard } from './toolkit-card.js';
