// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';

export { type HomeBlock, registerHomePages } from './routes.js';
