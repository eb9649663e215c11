/** The device's own memory for check-in: queued scans and the per-event list of tickets (IndexedDB). */

export interface Queued {
  clientId: string;
  eventId: string;
  ticket?: string;
  code?: string;
  day: string;
  at: string;
}

export interface OfflineEntry {
  h: string;
  c: string;
  n: string;
  o: string;
}

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open('ipc-checkin', 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('queue', { keyPath: 'clientId' });
      req.result.createObjectStore('lists', { keyPath: 'eventId' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

async function run<T>(store: string, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const req = op(tx.objectStore(store));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error);
  });
}

export const enqueue = (q: Queued) => run('queue', 'readwrite', (s) => s.put(q));
export const dequeue = (clientId: string) => run('queue', 'readwrite', (s) => s.delete(clientId));
export const queued = async (eventId: string) =>
  ((await run('queue', 'readonly', (s) => s.getAll())) as Queued[])
    .filter((q) => q.eventId === eventId)
    .sort((a, b) => a.at.localeCompare(b.at));

export const saveList = (eventId: string, entries: OfflineEntry[]) =>
  run('lists', 'readwrite', (s) => s.put({ eventId, entries }));
export const loadList = async (eventId: string) =>
  ((await run('lists', 'readonly', (s) => s.get(eventId))) as { entries: OfflineEntry[] } | undefined)
    ?.entries ?? [];
