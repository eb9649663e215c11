// `npm test`: makes sure the system tools the tests need are there, runs the Vitest suite and,
// alongside it, the browser journeys (once, on the embedded database; E2E_DATABASE=postgres or both
// by hand), and closes with one line counting the tests of both. How long each took goes to
// test-results/stages.txt, which .ci/run prints.
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const has = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8', shell: false }).status === 0;

function initdbFound() {
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql')) {
      if (existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)) return true;
    }
  }
  return existsSync('/usr/bin/initdb') || existsSync('/usr/local/bin/initdb');
}

function cjkFontFound() {
  const res = spawnSync('fc-list', [], { encoding: 'utf8' });
  return res.status === 0 && /Noto Sans CJK/i.test(res.stdout);
}

/** Whether Debian's python3 can load libical through GObject introspection (the .ics validator). */
const libicalFound = (lib) =>
  has('/usr/bin/python3', [
    '-c',
    lib
      ? "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"
      : 'import gi',
  ]);

/** System packages the suites need: [what, Debian package, present?]. */
function missingPackages() {
  const checks = [
    [
      "Chromium's headless shell",
      'chromium-headless-shell',
      () => existsSync('/usr/lib/chromium/chromium-headless-shell'),
    ],
    ['Noto Sans CJK fonts', 'fonts-noto-cjk', cjkFontFound],
    ['pdftotext', 'poppler-utils', () => has('pdftotext', ['-v'])],
    ['Python GObject introspection (python3-gi)', 'python3-gi', () => libicalFound(false)],
    ['libical for Python (the .ics validator)', 'gir1.2-ical-3.0', () => libicalFound(true)],
    ['PostgreSQL server (initdb)', 'postgresql', initdbFound],
  ];
  // Tests against a given server need no local PostgreSQL.
  return checks.filter(
    ([what, , ok]) => !(what.startsWith('PostgreSQL') && process.env.DATABASE_URL) && !ok(),
  );
}

function ensureSystemPackages() {
  const missing = missingPackages();
  if (missing.length === 0) return true;
  const names = missing.map(([, pkg]) => pkg);
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !has('apt-get', ['--version'])) {
    console.error(`Missing: ${missing.map(([what]) => what).join(', ')}.`);
    console.error(`Install them with: sudo apt-get update && sudo apt-get install -y ${names.join(' ')}`);
    return false;
  }
  console.log(`Installing ${names.join(' ')} (missing: ${missing.map(([what]) => what).join(', ')})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], {
    stdio: 'inherit',
    env,
  });
  if (update.status !== 0 || install.status !== 0) {
    console.error('apt-get could not install them.');
    return false;
  }
  return missingPackages().length === 0;
}

/** Runs a command to its end; resolves with its exit status. Output to the terminal, or to `log`. */
function run(cmd, args, { env = process.env, log } = {}) {
  return new Promise((resolvePromise) => {
    const out = log ? openSync(log, 'w') : 'inherit';
    const child = spawn(cmd, args, { stdio: ['ignore', out, out], env });
    child.on('error', () => resolvePromise(1));
    child.on('exit', (code, signal) => {
      if (log) closeSync(out);
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
}

/** Passed and failed counts from a Vitest JSON report, or null when Vitest wrote none. */
function countsFrom(report) {
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    return { passed: json.numPassedTests, failed: json.numFailedTests };
  } catch {
    return null;
  }
}

/** Runs `fn` (a promise), and notes its name and seconds for test-results/stages.txt. */
const stages = [];
async function timed(name, fn) {
  const start = performance.now();
  const result = await fn();
  stages.push(`${name} ${((performance.now() - start) / 1000).toFixed(1)}`);
  return result;
}

// `npm test -- src/modules/events` runs only those Vitest files, and no end-to-end suite.
const filters = process.argv.slice(2);
const failures = [];
if (!ensureSystemPackages()) failures.push('system packages');

// The JSON reports stay in test-results/ after the run: each file's duration is in them, which is
// where to look when the suite gets slower.
const dir = 'test-results';
mkdirSync(dir, { recursive: true });
for (const report of ['vitest.json', 'e2e.json']) rmSync(join(dir, report), { force: true });
const json = (name) => [`--reporter=default`, '--reporter=json', `--outputFile.json=${join(dir, name)}`];

// The browser journeys run while the Vitest suite runs: they spend most of their time waiting for a
// page, which leaves a core idle, so the two together take little longer than Vitest alone. Their
// output goes to test-results/e2e.log and is printed when both are done.
const e2eScript = 'tests/e2e/run.mjs';
const withE2e = existsSync(e2eScript) && filters.length === 0;
const e2eLog = 'test-results/e2e.log';
const [vitest, e2e] = await Promise.all([
  timed('vitest', () =>
    run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...json('vitest.json'), ...filters]),
  ),
  withE2e
    ? timed('e2e', () =>
        // Once, on the embedded database: the Vitest suite already runs every query on both databases.
        run(process.execPath, [e2eScript, ...json('e2e.json')], {
          env: { ...process.env, E2E_DATABASE: process.env.E2E_DATABASE ?? 'pglite' },
          log: e2eLog,
        }),
      )
    : undefined,
]);
const counts = [countsFrom(join(dir, 'vitest.json'))];
if (vitest !== 0) failures.push('vitest');
if (withE2e) {
  console.log('\n--- browser journeys (tests/e2e) ---');
  console.log(readFileSync(e2eLog, 'utf8'));
  if (e2e !== 0) failures.push('end-to-end');
  counts.push(countsFrom(join(dir, 'e2e.json')));
}

if (failures.length > 0) console.error(`Failed: ${failures.join(', ')}.`);
// A suite without a report did not get as far as running its tests: it counts as one failure.
const passed = counts.reduce((n, c) => n + (c?.passed ?? 0), 0);
const failed = counts.reduce((n, c) => n + (c ? c.failed : 1), 0);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
writeFileSync('test-results/stages.txt', `${stages.join('\n')}\n`);
console.log(summary);
process.exit(failures.length > 0 ? 1 : 0);
