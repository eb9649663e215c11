#!/usr/bin/env node
// Fails when modules depend on each other in a cycle. Each module under src/modules is a node; a
// runtime import (not `import type`) from a file of one module to another module is an edge. Which
// files a module may import (its face) is Biome's rule (biome.json); this checks the direction.
//
//   node scripts/check-module-graph.mjs [root]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const modulesDir = join(root, 'src', 'modules');
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !/test-(support|fixtures)/.test(path))
      yield path;
  }
}

const moduleOf = (path) => {
  const rel = relative(modulesDir, path);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0] : null;
};

const edges = new Map();
for (const file of sources(modulesDir)) {
  const from = moduleOf(file);
  if (!from) continue;
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    if (m[2]) continue; // a type-only import ties nothing at run time
    const to = moduleOf(resolve(dirname(file), m[3] ?? m[4]));
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, relative(root, file));
  }
}

const cycles = [];
const state = new Map();
const visit = (node, path) => {
  state.set(node, 'open');
  for (const next of edges.get(node)?.keys() ?? []) {
    if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next)) visit(next, [...path, next]);
  }
  state.set(node, 'done');
};
for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node, [node]);

if (cycles.length) {
  for (const c of cycles) {
    const via = c.slice(0, -1).map((m, i) => `${m} → ${c[i + 1]} (${edges.get(m).get(c[i + 1])})`);
    console.error(`module cycle: ${c.join(' → ')}\n  ${via.join('\n  ')}`);
  }
  process.exit(1);
}
console.log(`module graph: ${edges.size} modules with dependencies, no cycles`);
