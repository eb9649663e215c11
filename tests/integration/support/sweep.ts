/**
 * How much of an exhaustive sweep runs. By default a sample, chosen by a fixed seed so every run
 * sends the same requests (and a failure can be sent again); `SWEEP=full` sends every combination
 * (`npm run sweep:hostile`). `SWEEP_SEED=<number>` draws another sample. `SWEEP_ONLY=<text>` sends
 * only the targets whose label (a path) contains the text, to go over one module's pages again.
 */
export const FULL = process.env.SWEEP === 'full';
const ONLY = process.env.SWEEP_ONLY ?? '';
export const SEED = Number.parseInt(process.env.SWEEP_SEED ?? '20100624', 10) || 20100624;

/** What the sweep is, for test names: `sample, seed 20100624` or `full`. */
export const SWEEP_NAME = FULL ? 'full' : `sample, seed ${SEED}`;

/** A test's time limit: a sample takes minutes at most, the full sweep can take a good while. */
export const sweepTimeout = (sampleMs: number) => (FULL ? Math.max(sampleMs, 1_800_000) : sampleMs);

/** FNV-1a, so a label and the seed give the same numbers on every run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` of `items`, in their order: the same ones for the same seed and `label`, whatever else the
 * sweep picks; all of them in a full sweep.
 */
/**
 * A page's path with its record ids and signed keys left out (`/en/events/:x/register`): what a
 * sample is drawn by, so that a fixed seed picks the same attacks on every run, whatever ids the
 * world's records were given.
 */
export const withoutIds = (path: string) =>
  path
    .split('?')[0]!
    .split('/')
    .map((part) => (/^[A-Za-z0-9_-]{16,}$/.test(part) ? ':x' : part))
    .join('/');

export function pick<T>(items: readonly T[], n: number, label: string): T[] {
  if (FULL || items.length <= n) return [...items];
  const next = generator(hash(`${SEED}:${label}`));
  const indices = items.map((_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (indices.length - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}

/**
 * Whether a sample sends this target on this database. The sample sends each target (a route, a
 * form) on one of the two databases, chosen by the seed: the app answers the same on both, so the
 * pair of runs covers every target once at half the cost. A full sweep sends everything on both.
 */
export function onThisDatabase(kind: 'pglite' | 'postgres', label: string): boolean {
  if (ONLY && !label.includes(ONLY)) return false;
  if (FULL) return true;
  return hash(`${SEED}:database:${label}`) % 2 === (kind === 'pglite' ? 0 : 1);
}
