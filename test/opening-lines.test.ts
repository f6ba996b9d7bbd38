// Every server, shared, test, bench and script file opens with a comment line saying what it holds.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['src/server', 'src/shared', 'test', 'bench', 'scripts'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'migrations', 'results'].includes(e.name) ? [] : sources(p);
    return /\.(ts|mjs)$/.test(e.name) ? [p] : [];
  });
}

describe('opening lines', () => {
  it('every file starts with a `//` line of a few words, not a bare import or a doc comment of its first export', () => {
    const files = FOLDERS.flatMap((f) => sources(path.join(ROOT, f)));
    expect(files.length).toBeGreaterThan(300);
    const without = files.filter((f) => !/^\/\/ \S+( \S+){3,}/.test(fs.readFileSync(f, 'utf8')));
    expect(without.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
