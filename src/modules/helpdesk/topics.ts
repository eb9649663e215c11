/** What an enquiry is about; experts are given some of these. */
export const HELPDESK_TOPICS = [
  'trademarks',
  'patents',
  'designs',
  'copyright',
  'trade_secrets',
  'export',
  'licensing',
  'enforcement',
  'other',
] as const;
export type HelpdeskTopic = (typeof HELPDESK_TOPICS)[number];

export const HELPDESK_RIGHTS = [
  'patent',
  'utility_model',
  'design',
  'trademark',
  'copyright',
  'software',
  'trade_secret',
] as const;
export const HELPDESK_JURISDICTIONS = ['CN', 'EU', 'US', 'other'] as const;
export const HELPDESK_SOURCES = ['library', 'register', 'diagnostic', 'toolkit'] as const;
export const ENQUIRY_STATUSES = ['new', 'assigned', 'answered', 'closed'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];
