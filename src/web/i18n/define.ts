/**
 * A module's UI messages: the English catalogue fixes the keys, and the Chinese one must have
 * exactly those keys, so a missing translation fails the type check.
 */
export function defineMessages<const E extends Record<string, string>>(
  en: E,
  zh: { [K in keyof E]: string },
): { en: E; zh: { [K in keyof E]: string } } {
  return { en, zh };
}
