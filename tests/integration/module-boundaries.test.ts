import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The rules that keep modules apart, tried on a small tree of their own: Biome's restricted imports
// (biome.json) for faces and the floor, scripts/check-module-graph.mjs for cycles.
const root = resolve(import.meta.dirname, '../..');
const biome = join(root, 'node_modules', '.bin', 'biome');

describe('module boundaries', () => {
  let dir: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const lint = (...paths: string[]) =>
    spawnSync(biome, ['lint', '--config-path', dir, ...paths.map((p) => join(dir, p))], {
      cwd: dir,
      encoding: 'utf8',
    });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipc-boundaries-'));
    copyFileSync(join(root, 'biome.json'), join(dir, 'biome.json'));
    write('src/lib/bilingual.ts', 'export const en = 1;\n');
    write('src/modules/a/index.ts', "export { inner } from './inner.js';\n");
    write('src/modules/a/inner.ts', 'export const inner = 1;\n');
    write('src/modules/a/schema.ts', 'export const table = 1;\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lets a module use another's face, its schema and the floor, and its own files from any depth", () => {
    write(
      'src/modules/b/ok.ts',
      "import { inner } from '../a/index.js';\nimport { table } from '../a/schema.js';\nimport { en } from '../../lib/bilingual.js';\nimport { own } from './own.js';\nexport const ok = [inner, table, en, own];\n",
    );
    write('src/modules/b/own.ts', 'export const own = 1;\n');
    write(
      'src/modules/b/views/deep.ts',
      "import { inner } from '../../a/index.js';\nimport { own } from '../own.js';\nimport { en } from '../../../lib/bilingual.js';\nexport const deep = [inner, own, en];\n",
    );
    const res = lint('src/modules/b/ok.ts', 'src/modules/b/views/deep.ts');
    expect(res.stdout + res.stderr).not.toContain('noRestrictedImports');
    expect(res.status).toBe(0);
  });

  it("refuses a module reaching into another's inner files, even for a type, at any depth", () => {
    write('src/modules/b/bad.ts', "import { inner } from '../a/inner.js';\nexport const bad = inner;\n");
    write(
      'src/modules/b/views/bad-type.ts',
      "import type { inner } from '../../a/inner.js';\nexport type T = typeof inner;\n",
    );
    for (const file of ['src/modules/b/bad.ts', 'src/modules/b/views/bad-type.ts']) {
      const res = lint(file);
      expect(res.status, file).not.toBe(0);
      expect(res.stdout + res.stderr).toContain('A module is used through its face');
    }
  });

  it('refuses the shared floor importing a module', () => {
    write('src/web/bad.ts', "import { inner } from '../modules/a/index.js';\nexport const bad = inner;\n");
    const res = lint('src/web/bad.ts');
    expect(res.status).not.toBe(0);
    expect(res.stdout + res.stderr).toContain('The shared floor');
  });

  it('finds a cycle between modules, and none in the platform itself', () => {
    const check = (at: string) =>
      spawnSync(process.execPath, [join(root, 'scripts/check-module-graph.mjs'), at], { encoding: 'utf8' });
    write('src/modules/c/index.ts', "import { d } from '../d/index.js';\nexport const c = d;\n");
    write('src/modules/d/index.ts', "import { e } from '../d/e.js';\nexport const d = e;\n");
    write('src/modules/d/e.ts', "import { c } from '../c/index.js';\nexport const e = () => c;\n");
    const res = check(dir);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('module cycle: c → d → c');
    expect(
      execFileSync(process.execPath, [join(root, 'scripts/check-module-graph.mjs'), root], {
        encoding: 'utf8',
      }),
    ).toContain('no cycles');
  });
});
