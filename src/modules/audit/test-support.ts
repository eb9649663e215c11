import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the code can write to the audit log, read from its source: the entity and action of every
 * `recordAudit` call, and the field names of the objects it records (in the call, and in helpers
 * whose name says they shape an audit record, such as `auditSnapshot`). Rows recorded whole are
 * covered by their tables' columns.
 */
export interface AuditVocabulary {
  entities: Set<string>;
  actions: Set<string>;
  fields: Set<string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'static' || name === 'client' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$|test-support|test-fixtures/.test(name) ? [path] : [];
  });
}

/** The text from an opening bracket to its match. */
function balanced(text: string, open: number): string {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch in pairs) stack.push(pairs[ch]!);
    else if (ch === stack.at(-1)) {
      stack.pop();
      if (!stack.length) return text.slice(open, i + 1);
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const end = text.indexOf(ch, i + 1);
      i = end < 0 ? text.length : end;
    }
  }
  return text.slice(open);
}

/** The keys of an object literal and of the object literals nested in it. */
function literalKeys(obj: string, into: Set<string>) {
  for (const m of obj.matchAll(/[{,]\s*([A-Za-z_$][\w$]*)\s*(?=[:,}])/g)) into.add(m[1]!);
}

export function scanAuditVocabulary(srcDir: string): AuditVocabulary {
  const v: AuditVocabulary = { entities: new Set(), actions: new Set(), fields: new Set() };
  // The audit module itself only passes on what it is given.
  const auditModule = join(srcDir, 'modules', 'audit');
  for (const file of sourceFiles(srcDir).filter((f) => !f.startsWith(auditModule))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/recordAudit\(/g)) {
      const call = balanced(text, m.index! + m[0].length - 1);
      const entity = call.match(/\bentity:\s*(['`])([^'`]+)\1/);
      if (entity) v.entities.add(entity[2]!);
      const action = call.match(/\baction:\s*'([^']+)'/);
      if (action) v.actions.add(action[1]!);
      for (const side of call.matchAll(/\b(before|after):\s*\{/g)) {
        literalKeys(balanced(call, side.index! + side[0].length - 1), v.fields);
      }
    }
    const helpers =
      /const\s+\w*[aA]udit\w*\s*=\s*\([^)]*\)\s*=>\s*\(?\{|function\s+\w*[aA]udit\w*\([^)]*\)[^{;]*\{/g;
    for (const m of text.matchAll(helpers)) {
      literalKeys(balanced(text, m.index! + m[0].length - 1), v.fields);
    }
  }
  return v;
}
