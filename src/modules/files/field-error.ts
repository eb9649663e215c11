import { hasMessage, type MessageKey, type Translator } from '../../web/i18n/index.js';
import type { FileRejected } from './store.js';

/** The reader's-language sentence for a refused upload, to show beside the form's file field. */
export function fileProblemMessage(t: Translator, err: FileRejected): string {
  const key = err.userMessage?.key;
  return key && hasMessage(key) ? t(key as MessageKey, err.userMessage?.params) : t('form.invalid');
}
