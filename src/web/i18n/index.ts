import './common.js';

export {
  defineMessages,
  hasMessage,
  type KeysOf,
  type MessageKey,
  type Messages,
  type Params,
  type Translator,
  translator,
} from './define.js';
