/**
 * Every UI message key of the platform. Empty here: the floor's catalogue and each module's add
 * their keys by declaration merging (`declare module '…/lib/messages.js' { interface Messages … }`),
 * so the floor names no module, and a key used anywhere — a page, an e-mail, a refusal thrown by a
 * use case — is checked against all of them.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each catalogue through declaration merging
export interface Messages {}

export type MessageKey = keyof Messages & string;
export type Params = Record<string, string | number>;

/** The keys of a catalogue, as an object type a `Messages` augmentation can extend. */
export type KeysOf<C extends { en: Record<string, string> }> = { [K in keyof C['en']]: string };
