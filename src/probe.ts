import type { MessageKey } from './lib/messages.js';

type X = { 'probe.key': string };
declare module './lib/messages.js' {
  interface Messages extends X {}
}
const b: MessageKey = 'probe.key';

export { b };
