// The module's UI messages join the platform's catalogue when the module is loaded.
import './contacts/messages.js';
import './links/messages.js';
import './messages.js';

export { registerNewsApi } from './api.js';
export { newsHomeBlock } from './home-block.js';
export { apiValidationError } from './news-api.js';
export { registerNewsPages } from './routes.js';
export { createNews } from './save-news.js';
export { shortId, slugify } from './slug.js';
export { isWebUrl } from './web-url.js';
