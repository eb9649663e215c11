// Runs in every browser spec: when a test fails, what each open page showed is kept as a PNG in
// test-results/e2e/, so the failure can be looked at after the run.
import { afterEach } from 'vitest';
import { screenshotOpenPages } from './support.js';

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  const file = task.file.name.replace(/^.*\//, '').replace(/\.spec\.tsx?$/, '');
  const written = await screenshotOpenPages(`${file}-${task.name}`);
  for (const path of written) process.stdout.write(`e2e: screenshot of the failing page: ${path}\n`);
});
