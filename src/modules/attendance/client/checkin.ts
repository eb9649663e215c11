/**
 * The check-in page's script: camera scanning, and a queue on the device so scans and typed
 * codes made without a connection are kept and sent when it comes back. Every check-in goes
 * through the queue first: nothing is lost if the request dies on the way, and a replay is
 * harmless because the server counts a person once per day.
 */
import { startScanning } from './camera.js';
import { dequeue, enqueue, loadList, type OfflineEntry, type Queued, queued, saveList } from './store.js';

type Outcome = 'checkedIn' | 'already' | 'invalid' | 'notConfirmed' | 'otherEvent' | 'notADay' | 'futureDay';
interface Synced {
  clientId: string;
  outcome: Outcome;
  name: string | null;
  checkedInAt: string | null;
}

const root = document.getElementById('checkin-app');
if (root) main(root);

function main(root: HTMLElement) {
  const eventId = root.dataset.event!;
  const day = root.dataset.day!;
  const base = root.dataset.base!;
  const msg = JSON.parse(root.dataset.messages!) as Record<string, string>;
  const csrf = (JSON.parse(document.body.getAttribute('data-hx-headers') ?? '{}') as Record<string, string>)[
    'x-csrf-token'
  ];
  const resultSlot = document.getElementById('checkin-result')!;
  const offlineNote = document.getElementById('checkin-offline')!;
  const counts = document.getElementById('checkin-counts')!;
  const countsTemplate = msg.counts!;
  let list: OfflineEntry[] = [];
  // The list saved on the device, read once at start: a code typed offline before it is read
  // waits for it rather than being taken for a stranger.
  const savedList = loadList(eventId).then(
    (saved) => {
      list = saved;
    },
    () => undefined,
  );
  // One send at a time, each taking whatever is queued when its turn comes: a scan made while
  // another is on its way is sent right after it, not left waiting for the next one.
  let chain: Promise<unknown> = Promise.resolve();

  const show = (
    kind: 'ok' | 'warn' | 'bad' | 'queued',
    outcome: string,
    name?: string | null,
    extra?: string,
  ) => {
    const box = document.createElement('div');
    box.className = `checkin-result is-${kind}`;
    box.dataset.outcome = outcome;
    const p = document.createElement('p');
    p.className = 'checkin-outcome';
    p.textContent = msg[outcome] ?? outcome;
    box.append(p);
    for (const line of [name, extra]) {
      if (!line) continue;
      const q = document.createElement('p');
      q.className = 'checkin-person';
      q.textContent = line;
      box.append(q);
    }
    resultSlot.replaceChildren(box);
  };
  const kindOf = (o: Outcome) => (o === 'checkedIn' ? 'ok' : o === 'already' ? 'warn' : 'bad');
  // Whether the last request to the server failed to reach it. `navigator.onLine` alone says only
  // that the device has a network: a venue's wifi without a way out, or a server that is down,
  // leaves it true while nothing gets through.
  let unreachable = false;
  const note = async () => {
    const n = (await queued(eventId)).length;
    const parts = [
      navigator.onLine && !unreachable ? '' : msg.offline!,
      n ? msg.pending!.replace('{count}', String(n)) : '',
    ];
    offlineNote.textContent = parts.filter(Boolean).join(' ');
    offlineNote.hidden = !offlineNote.textContent;
  };

  async function sha256(s: string) {
    const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
    return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  /** Who the device's list says a ticket or code is, while the server cannot be asked. */
  async function knownOffline(item: Queued): Promise<OfflineEntry | undefined> {
    await savedList;
    const h = item.ticket ? await sha256(item.ticket) : null;
    const c = (item.code ?? '').toUpperCase().replace(/[\s\-_.·]/g, '');
    const find = () => list.find((e) => (h ? e.h === h : e.c === c));
    // Before calling someone a stranger, read the device's list again: another page of this event
    // may have saved a newer one since this page started.
    const found = find();
    if (found) return found;
    list = await loadList(eventId).catch(() => list);
    return find();
  }

  /** Puts in the server's fresh list of the day's latest check-ins (its undo buttons included). */
  async function refreshRecent() {
    try {
      const res = await fetch(`${base}/recent?day=${encodeURIComponent(day)}`, {
        credentials: 'same-origin',
      });
      const now = document.getElementById('checkin-recent');
      if (!res.ok || !now) return;
      const t = document.createElement('template');
      t.innerHTML = await res.text();
      const fresh = t.content.querySelector('#checkin-recent');
      if (fresh) now.replaceWith(fresh);
    } catch {
      // Offline again: the list is refreshed after the next send.
    }
  }

  /** Sends everything queued; returns the answers, or null when the server cannot be reached. */
  function flush(): Promise<Synced[] | null> {
    const turn = chain.then(send);
    chain = turn.catch(() => null);
    return turn;
  }

  async function send(): Promise<Synced[] | null> {
    try {
      const items = await queued(eventId);
      if (!items.length) return [];
      let res: Response;
      try {
        res = await fetch(`${base}?day=${encodeURIComponent(day)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ?? '' },
          body: JSON.stringify({ items: items.map(({ eventId: _e, ...rest }) => rest) }),
          credentials: 'same-origin',
        });
      } catch {
        unreachable = true;
        return null;
      }
      unreachable = false;
      if (!res.ok) return null;
      const body = (await res.json()) as { results: Synced[]; present: number; confirmed: number };
      for (const r of body.results) await dequeue(r.clientId);
      counts.textContent = countsTemplate
        .replace('{present}', String(body.present))
        .replace('{confirmed}', String(body.confirmed));
      if (body.results.some((r) => r.outcome === 'checkedIn')) await refreshRecent();
      return body.results;
    } finally {
      await note();
    }
  }

  async function checkIn(value: string, by: 'scan' | 'code') {
    const v = value.trim();
    if (!v) return;
    const clientId = crypto.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const item: Queued = {
      clientId,
      eventId,
      day,
      at: new Date().toISOString(),
      ...(v.startsWith('T1.') || by === 'scan' ? { ticket: v } : { code: v }),
    };
    await enqueue(item);
    const results = await flush();
    const mine = results?.find((r) => r.clientId === clientId);
    if (mine) return show(kindOf(mine.outcome), mine.outcome, mine.name);
    const known = await knownOffline(item);
    if (known) show('queued', 'queued', known.n, known.o);
    else show('bad', 'queued', null, msg.unknown);
    await note();
  }

  async function syncBack() {
    const results = await flush();
    if (results?.length) {
      const n = results.filter((r) => r.outcome === 'checkedIn' || r.outcome === 'already').length;
      offlineNote.textContent = msg.synced!.replace('{count}', String(n));
      offlineNote.hidden = false;
    }
  }

  // The typed code: with this script it goes through the queue instead of reloading the page.
  const form = document.getElementById('checkin-code-form') as HTMLFormElement | null;
  const input = document.getElementById('f-code') as HTMLInputElement | null;
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = input?.value ?? '';
    if (input) input.value = '';
    void checkIn(v, 'code').finally(() => input?.focus());
  });

  // The camera, where there is one.
  const scan = document.getElementById('checkin-scan');
  const button = document.getElementById('checkin-camera') as HTMLButtonElement | null;
  const video = document.getElementById('checkin-video') as HTMLVideoElement | null;
  if (scan && button && video && typeof navigator.mediaDevices?.getUserMedia === 'function') {
    scan.hidden = false;
    let stop: (() => void) | null = null;
    button.addEventListener('click', async () => {
      if (stop) {
        stop();
        stop = null;
        button.textContent = msg.start!;
        return;
      }
      try {
        stop = await startScanning(video, (code) => void checkIn(code, 'scan'));
        button.textContent = msg.stop!;
      } catch {
        show('bad', 'noCamera');
      }
    });
  }

  window.addEventListener('online', () => void syncBack());
  // A queue left by a server that did not answer is tried again now and then: every few seconds
  // while the server cannot be reached (the connection may come back without an 'online' event),
  // else every half minute.
  let waited = 0;
  setInterval(() => {
    waited += 5;
    if (!navigator.onLine || (!unreachable && waited < 30)) return;
    waited = 0;
    void queued(eventId).then((q) => (q.length ? syncBack() : unreachable ? saveLatestList() : undefined));
  }, 5_000);
  window.addEventListener('offline', () => void note());

  /** Fetches the day's list for offline use and keeps it on the device. */
  async function saveLatestList() {
    try {
      const res = await fetch(`${base}/offline.json`, { credentials: 'same-origin' });
      unreachable = false;
      if (res.ok) {
        list = ((await res.json()) as { entries: OfflineEntry[] }).entries;
        await saveList(eventId, list);
        // The device now holds the day's list as the server has it (what offline scans are checked against).
        root.dataset.listSaved = 'true';
      }
    } catch {
      // Offline: keep the list saved last time.
      unreachable = true;
    }
    await note();
  }
  void (async () => {
    await savedList;
    await saveLatestList();
    await syncBack();
    await note();
  })();
  if ('serviceWorker' in navigator)
    navigator.serviceWorker.register('/static/checkin-sw.js', { scope: base }).catch(() => undefined);
}
