// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages-edit.js';
import './messages.js';

export { registerLibraryApi } from './api.js';
export { type DiffPart, diffStats, diffText } from './diff.js';
export { type EventLibraryItem, eventLibraryItems } from './event-items.js';
export { eventTeachesSql, topicsOfEvents } from './event-topics.js';
export { renderMarkdown, type SafeHtml } from './markdown.js';
export { registerLibraryPages } from './routes.js';
export { createItem } from './save-item.js';
export { itemSearchVector, itemTitleText } from './search-doc.js';
export { searchLibrary } from './search-library.js';
export {
  GLOSSARY_ADDITIONS_NAME,
  LIBRARY_SEED_NAME,
  loadAddedTerms,
  loadLibraryStarter,
} from './starter/load.js';
export { AUDIENCES, IP_RIGHTS, ITEM_TYPES, JURISDICTIONS, TOPICS, type Topic } from './tags.js';
export { MarkdownHtml } from './views/markdown-html.js';
export { DiffText } from './views/versions.js';
