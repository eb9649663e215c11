import { defineMessages } from '../../web/i18n/define.js';

/**
 * Registers the audit log's names for a module's fields, given as `name: [English, Chinese]`:
 * each becomes the message `audit.field.<name>` in both catalogues.
 */
export function defineAuditFieldLabels<const F extends Record<string, readonly [string, string]>>(fields: F) {
  const catalogue = (i: 0 | 1) =>
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [`audit.field.${k}`, v[i]])) as Record<
      `audit.field.${keyof F & string}`,
      string
    >;
  return defineMessages(catalogue(0), catalogue(1));
}
