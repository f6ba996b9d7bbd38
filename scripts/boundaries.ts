// The import boundaries of src/server, checked by `npm run lint`: modules reach each other only through their faces.
import fs from 'node:fs';
import path from 'node:path';

export type Violation = { file: string; imports: string; rule: string };

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : walk(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The relative imports of a source text. */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec?.startsWith('.')) out.push(spec);
  }
  return out;
}

/**
 * Checks the rules of ARCHITECTURE.md over `root/src/server`:
 * - a module imports its own files, the platform, `db/client.ts`, `db/columns.ts`,
 *   its own tables (`db/schema/<module>.table.ts`) and the platform's tables,
 *   `src/shared`, and other modules only through their face (`<module>.api.ts`);
 * - the platform imports no module and no module's tables;
 * - nobody outside `db/` (the client, the constraint map) reads `db/schema/index.ts`;
 * - only the entry points (app.ts, main.ts, cli/, seed/) read the manifest list `modules/index.ts`.
 * Tests (`*.test.ts`) may reach anything.
 */
export function checkBoundaries(root: string, files?: { file: string; text: string }[]): Violation[] {
  const server = path.join(root, 'src/server');
  const modulesDir = path.join(server, 'modules');
  const moduleNames = new Set(fs.readdirSync(modulesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name));
  const sources = files ?? walk(server).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
  const rel = (p: string) => path.relative(server, p).split(path.sep).join('/');
  const moduleOf = (r: string) => (r.startsWith('modules/') && r.split('/').length > 2 ? r.split('/')[1] : null);
  /** The module owning a table file, or null for the platform's tables. */
  const tableOwner = (r: string) => {
    const m = /^db\/schema\/([a-z-]+)\.table\.ts$/.exec(r);
    return m && moduleNames.has(m[1]) ? m[1] : null;
  };
  const entryPoint = (r: string) => r === 'app.ts' || r === 'main.ts' || r.startsWith('cli/') || r.startsWith('seed/');
  const out: Violation[] = [];
  for (const { file, text } of sources) {
    const from = rel(file);
    if (from.endsWith('.test.ts')) continue;
    const mine = moduleOf(from);
    for (const spec of importsOf(text)) {
      const target = rel(path.resolve(path.dirname(file), spec));
      if (target.startsWith('..')) continue; // src/shared and beyond
      const fail = (rule: string) => out.push({ file: from, imports: target, rule });
      const theirs = moduleOf(target);
      if (target === 'db/schema/index.ts' && !from.startsWith('db/')) fail('import the table files you use (db/schema/<file>.table.ts), not db/schema/index.ts');
      if (target === 'modules/index.ts' && !entryPoint(from)) fail('only the entry points read the manifest list');
      if (from.startsWith('platform/')) {
        if (theirs && target !== 'modules/index.ts') fail('the platform never imports a module');
        if (tableOwner(target)) fail(`the platform never reads a module's tables (${tableOwner(target)})`);
        continue;
      }
      if (entryPoint(from)) {
        if (theirs && target !== 'modules/index.ts' && !target.endsWith(`/${theirs}.api.ts`)) fail(`entry points reach a module through its face (modules/${theirs}/${theirs}.api.ts)`);
        continue;
      }
      if (!mine) continue;
      const owner = tableOwner(target);
      if (owner && owner !== mine) fail(`a module never reads another module's tables (${owner}); use modules/${owner}/${owner}.api.ts`);
      if (theirs && theirs !== mine && target !== `modules/${theirs}/${theirs}.api.ts`) fail(`a module reaches another only through its face (modules/${theirs}/${theirs}.api.ts)`);
    }
  }
  return out;
}

/** What one web feature may import from another: the documents panel record pages embed (see src/web/README.md). */
const SHARED_FEATURE_PARTS = new Set(['features/documents/components/DocumentsSection.tsx']);

/** The web app's rule: features do not import each other; routes (app/) compose them. */
export function checkWebBoundaries(root: string, files?: { file: string; text: string }[]): Violation[] {
  const web = path.join(root, 'src/web');
  const sources = files ?? walk(web).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
  const rel = (p: string) => path.relative(web, p).split(path.sep).join('/');
  const featureOf = (r: string) => (r.startsWith('features/') ? r.split('/')[1] : null);
  const out: Violation[] = [];
  for (const { file, text } of sources) {
    const from = rel(file);
    const mine = featureOf(from);
    if (!mine) continue;
    for (const spec of importsOf(text)) {
      const target = rel(path.resolve(path.dirname(file), spec));
      const theirs = featureOf(target);
      if (theirs && theirs !== mine && !SHARED_FEATURE_PARTS.has(target)) {
        out.push({ file: `src/web/${from}`, imports: `src/web/${target}`, rule: 'features do not import each other; put what both need in components/ or lib/' });
      }
    }
  }
  return out;
}

// `node --import tsx scripts/boundaries.ts`: prints the violations and fails when there are any.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(import.meta.dirname, '..');
  const violations = [
    ...checkBoundaries(root).map((v) => ({ ...v, file: `src/server/${v.file}`, imports: `src/server/${v.imports}` })),
    ...checkWebBoundaries(root),
  ];
  for (const v of violations) console.error(`${v.file} imports ${v.imports}: ${v.rule}`);
  if (violations.length) {
    console.error(`\n${violations.length} import boundary violation(s); see ARCHITECTURE.md and DEVELOPERS.md ("Modules and their faces").`);
    process.exit(1);
  }
  console.log('Import boundaries: no violations.');
}
