export * from '../modules/accounts/schema.js';
export * from '../modules/audit/schema.js';
export * from '../modules/directory/schema.js';
export * from '../modules/events/schema.js';
export * from '../modules/mail/schema.js';
export * from '../modules/news/schema.js';
export * from '../modules/places/schema.js';
export * from '../modules/seed/schema.js';
