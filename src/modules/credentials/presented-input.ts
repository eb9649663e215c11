import type { MessageKey } from '../../lib/messages.js';

/** A credential file is a few kilobytes; anything far larger is not one of ours. */
export const MAX_PRESENTED_BYTES = 64 * 1024;

export type PresentedInput =
  | { ok: true; credential: unknown }
  | { ok: false; error: MessageKey; field: 'file' | 'credential' };

/**
 * What someone gave the verification page: a chosen file, or else the pasted text, read as JSON.
 * The page's form only; the API takes the credential as its JSON body.
 */
export async function readPresented(file: unknown, pasted: unknown): Promise<PresentedInput> {
  const chosen = file instanceof File && file.size > 0 ? file : null;
  const field = chosen ? 'file' : 'credential';
  const size = chosen ? chosen.size : typeof pasted === 'string' ? Buffer.byteLength(pasted) : 0;
  if (size > MAX_PRESENTED_BYTES) return { ok: false, error: 'credentials.check.tooLarge', field };
  const text = chosen ? await chosen.text() : typeof pasted === 'string' ? pasted.trim() : '';
  if (!text) return { ok: false, error: 'credentials.check.empty', field: 'credential' };
  try {
    return { ok: true, credential: JSON.parse(text) };
  } catch {
    return { ok: false, error: 'credentials.check.notJson', field };
  }
}
