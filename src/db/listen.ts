import pg from 'pg';

/** 'listening': notifications arrive; 'lost': some may have been missed (the connection broke). */
export type ListenState = 'listening' | 'lost';

export interface Listener {
  onNotify(): void;
  onState(state: ListenState): void;
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 5_000;

/**
 * LISTEN on a dedicated connection of its own (a pooled one is handed out and closed at will),
 * opened again after it breaks, 0.25 s doubling to 5 s between attempts. Returns what stops it.
 */
export function listenOnOwnConnection(
  config: pg.ClientConfig,
  channel: string,
  listener: Listener,
): () => Promise<void> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;
  let live = false;

  const lost = () => {
    if (live) listener.onState('lost');
    live = false;
  };
  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void open();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  };
  const open = async () => {
    const c = new pg.Client({ ...config, keepAlive: true });
    client = c;
    let broken = false;
    const broke = () => {
      if (broken) return;
      broken = true;
      c.removeAllListeners('notification');
      lost();
      c.end().catch(() => undefined);
      retry();
    };
    c.on('error', broke);
    c.on('end', broke);
    c.on('notification', (n) => {
      if (n.channel === channel) listener.onNotify();
    });
    try {
      await c.connect();
      await c.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
    } catch {
      broke();
      return;
    }
    if (stopped || broken) return;
    retryMs = FIRST_RETRY_MS;
    live = true;
    listener.onState('listening');
  };
  void open();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const c = client;
    if (!c) return;
    c.removeAllListeners('end');
    c.removeAllListeners('notification');
    c.on('error', () => undefined);
    await c.end().catch(() => undefined);
  };
}
