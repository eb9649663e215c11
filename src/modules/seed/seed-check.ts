import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bilingual } from '../../lib/bilingual.js';
import { CITIES, CONTACTS, HEADCOUNTS, LINKS, PEOPLE, PROGRAMME, ROUNDS, SOURCE } from './demo-data.js';
import { NEWS } from './demo-news.js';

/** The source document of the demo programme, kept with the project (the IPR2 news item of 2010). */
export const DEFAULT_SEED_FILE = fileURLToPath(new URL('./source/ipr2-miit-2010.txt', import.meta.url));

export function readSeedText(file: string | undefined): { file: string; text: string } | null {
  const path = file ?? DEFAULT_SEED_FILE;
  return existsSync(path) ? { file: path, text: readFileSync(path, 'utf8') } : null;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The web page's link labels and list numbering, and the one place it inverts MIIT's name. */
export function normaliseSeed(text: string): string {
  return text
    .replace(/\.? read more/g, '')
    .replace(/\b\d+-(?=[A-Z])/g, '')
    .replace(
      /Ministry of Information Industry and Technology/g,
      'Ministry of Industry and Information Technology',
    )
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const numbers = (s: string) => (s.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+/g) ?? []).map(Number);

function englishTexts(): string[] {
  const en = (b: Bilingual) => b.en;
  return [
    en(PROGRAMME.title),
    en(PROGRAMME.description),
    ...ROUNDS.flatMap((r) => [en(r.description), ...r.cities.map((c) => en(r.title(city(c).name)))]),
    ...HEADCOUNTS.flatMap((h) => [en(h.label), en(h.basis)]),
    en(NEWS.title),
    en(NEWS.summary),
    en(NEWS.body),
    ...CONTACTS.map((c) => en(c.topic)),
    ...LINKS.map((l) => en(l.title)),
  ];
}

function chineseTexts(): string[] {
  const zh = (b: Bilingual) => b.zh;
  return [
    zh(PROGRAMME.title),
    zh(PROGRAMME.description),
    ...ROUNDS.flatMap((r) => [zh(r.description), ...r.cities.map((c) => zh(r.title(city(c).name)))]),
    ...HEADCOUNTS.flatMap((h) => [zh(h.label), zh(h.basis)]),
    zh(NEWS.title),
    zh(NEWS.summary),
    zh(NEWS.body),
  ];
}

const city = (slug: string) => CITIES.find((c) => c.slug === slug)!;

/**
 * Every fact of the demo that the seed document must state, as phrases to find in it: dates,
 * headcounts, places, people and their contact topics, and each sentence of the news item.
 */
export function demoFacts(): string[] {
  const facts: string[] = [`source:${SOURCE}`];
  for (const r of ROUNDS) {
    const last = city(r.cities.at(-1)!).name.en;
    for (const slug of r.cities) facts.push(city(slug).name.en);
    if (r.precision === 'year') facts.push(`${last} in ${r.startDate.slice(0, 4)}`);
    if (r.precision === 'month') {
      facts.push(`${last} in ${MONTH_NAMES[Number(r.startDate.slice(5, 7)) - 1]} ${r.startDate.slice(0, 4)}`);
    }
    for (const [slug, [start, end]] of Object.entries(r.days ?? {})) {
      const month = MONTH_NAMES[Number(start.slice(5, 7)) - 1];
      facts.push(`${city(slug).name.en}, ${Number(start.slice(8))}-${Number(end.slice(8))} ${month}`);
      facts.push(`${month} ${start.slice(0, 4)}`);
    }
  }
  for (const h of HEADCOUNTS) {
    facts.push(`some ${h.count}`);
    for (const quoted of h.basis.en.match(/"([^"]+)"/g) ?? []) facts.push(quoted.slice(1, -1));
  }
  for (const p of PEOPLE) facts.push(`${p.honorific} ${p.name} ${p.email}`);
  for (const c of CONTACTS) {
    const p = PEOPLE.find((x) => x.key === c.person)!;
    facts.push(`${c.topic.en}, contact ${p.honorific} ${p.name}`);
  }
  for (const l of LINKS) facts.push(l.title.en);
  for (const para of NEWS.body.en.split('\n\n')) facts.push(para);
  return facts;
}

/** What the demo states that the seed text does not: an empty list when they agree. */
export function checkAgainstSeed(seedText: string): string[] {
  const seed = normaliseSeed(seedText);
  const missing = demoFacts().filter((f) => {
    if (f.startsWith('source:')) return !seedText.includes(`Source:${f.slice(7)}`);
    return !seed.includes(f.replace(/\s+/g, ' ').toLowerCase());
  });
  const inSeed = new Set(numbers(seedText));
  for (const n of new Set(englishTexts().flatMap(numbers))) {
    if (!inSeed.has(n)) missing.push(`the number ${n}`);
  }
  // Chinese dates also spell out month numbers (2010年6月).
  const months = new Set(MONTH_NAMES.map((m, i) => (seedText.includes(m) ? i + 1 : 0)).filter((i) => i > 0));
  for (const n of new Set(chineseTexts().flatMap(numbers))) {
    if (!inSeed.has(n) && !months.has(n)) missing.push(`the number ${n} (Chinese text)`);
  }
  return missing;
}
