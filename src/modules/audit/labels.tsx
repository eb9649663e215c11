import type { Child } from 'hono/jsx';
import { hasMessage, type MessageKey, type Translator } from '../../web/i18n/index.js';

type Suffix<P extends string, K> = K extends `${P}${infer S}` ? S : never;
/** What the log can record: a kind of record or an action is one the catalogues name in both languages. */
export type AuditEntity = Suffix<'audit.entity.', MessageKey>;
export type AuditAction = Suffix<'audit.action.', MessageKey>;

/** A recorded name in the reader's language; a name without a translation shows as recorded. */
function label(t: Translator, key: string, raw: string): Child {
  if (hasMessage(key)) return t(key);
  return (
    <code class="untranslated" title={t('audit.untranslated')}>
      {raw}
    </code>
  );
}

export const entityLabel = (t: Translator, entity: string) => label(t, `audit.entity.${entity}`, entity);
export const actionLabel = (t: Translator, action: string) => label(t, `audit.action.${action}`, action);

/** A changed field's name, part by part: `title.zh` is "Title · Chinese". */
export function fieldLabel(t: Translator, path: string): Child[] {
  return path.split('.').flatMap((part, i) => [...(i ? [' · '] : []), label(t, `audit.field.${part}`, part)]);
}

/** The entity as plain text, for a list of choices. */
export const entityText = (t: Translator, entity: string) =>
  hasMessage(`audit.entity.${entity}`) ? t(`audit.entity.${entity}` as MessageKey) : entity;

/** Fills a catalogue sentence's `{placeholders}` with parts that may be markup. */
export function sentence(template: string, parts: Record<string, Child>): Child[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = piece.match(/^\{(\w+)\}$/)?.[1];
    return name && name in parts ? parts[name] : piece;
  });
}
