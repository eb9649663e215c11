export { seedDemoOnce } from './demo.js';
export { PROGRAMME } from './demo-data.js';
export { checkAgainstSeed, readSeedText } from './seed-check.js';
