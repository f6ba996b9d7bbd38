// Typed errors stay typed: made only in errors files, one status per stable code, every code `<record>.<reason>` in snake_case.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = path.resolve(import.meta.dirname, '../src/server');

/** The generic helpers and the translation of database and framework errors, which build errors for others. */
const HELPERS = new Set(['platform/errors.ts', 'platform/http/constraint-errors.ts', 'platform/http/problem.ts']);
const isErrorsFile = (file: string) => file.endsWith('.errors.ts') || HELPERS.has(file);

/**
 * Ways of making an error on the spot. `forbidden()` and `unauthenticated()`
 * without arguments are the platform's own named errors (`access.forbidden`,
 * `auth.required`) and may be thrown anywhere.
 */
const MAKERS: [RegExp, string][] = [
  [/\bnew AppError\s*\(/, 'new AppError(…)'],
  [/(?<![.\w])(?:invalid|conflict|notFound)\s*\(/, 'invalid/conflict/notFound(…)'],
  [/(?<![.\w])forbidden\s*\(\s*[^)\s]/, 'forbidden(code, …)'],
  [/(?<![.\w])sendProblem\s*\(/, 'sendProblem(…)'],
];

/** The source without its comment lines, so prose about errors is not taken for code. */
const code = (text: string) =>
  text
    .split('\n')
    .map((line) => (/^\s*(\/\/|\/\*|\*)/.test(line) ? '' : line))
    .join('\n');

/** Errors made outside an errors file: `file:line what`. */
function inlineErrors(file: string, text: string): string[] {
  if (isErrorsFile(file)) return [];
  return code(text)
    .split('\n')
    .flatMap((line, i) => MAKERS.filter(([re]) => re.test(line)).map(([, what]) => `${file}:${i + 1} ${what}`));
}

const STATUS_OF: [RegExp, (m: RegExpMatchArray) => [string, number]][] = [
  [/(?<![.\w])invalid\s*\(\s*'([^']+)'/g, (m) => [m[1], 400]],
  [/(?<![.\w])conflict\s*\(\s*'([^']+)'/g, (m) => [m[1], 409]],
  [/(?<![.\w])forbidden\s*\(\s*'([^']+)'/g, (m) => [m[1], 403]],
  [/(?<![.\w])notFound\s*\(\s*'([^']+)'/g, (m) => [`${m[1]}.not_found`, 404]],
  [/\bnew AppError\s*\(\s*'([^']+)'\s*,\s*(\d{3})/g, (m) => [m[1], Number(m[2])]],
];

/** Every literal code an errors file defines, with its status. */
function codesOf(text: string): [string, number][] {
  const body = code(text);
  return STATUS_OF.flatMap(([re, read]) => [...body.matchAll(re)].map(read));
}

/** Codes that two errors files (or one) give different statuses: `code: status in file, status in file`. */
function clashes(files: Record<string, string>): string[] {
  const seen = new Map<string, Map<number, string>>();
  for (const [file, text] of Object.entries(files)) {
    for (const [c, status] of codesOf(text)) {
      const statuses = seen.get(c) ?? new Map<number, string>();
      if (!statuses.has(status)) statuses.set(status, file);
      seen.set(c, statuses);
    }
  }
  return [...seen]
    .filter(([, statuses]) => statuses.size > 1)
    .map(([c, statuses]) => `${c}: ${[...statuses].map(([s, f]) => `${s} in ${f}`).join(', ')}`);
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [path.relative(SERVER, p).split(path.sep).join('/')] : [];
  });
}
const server = Object.fromEntries(sources(SERVER).map((f) => [f, fs.readFileSync(path.join(SERVER, f), 'utf8')]));
const errorsFiles = Object.fromEntries(Object.entries(server).filter(([f]) => isErrorsFile(f)));

describe('typed errors', () => {
  it('are made only in errors files (<module>.errors.ts, platform/<service>/<service>.errors.ts)', () => {
    expect(Object.entries(server).flatMap(([f, text]) => inlineErrors(f, text))).toEqual([]);
  });

  it('keep one status per code across every errors file', () => {
    expect(clashes(errorsFiles)).toEqual([]);
  });

  it('have stable codes of the form <record>.<reason> in snake_case', () => {
    const codes = Object.values(errorsFiles).flatMap((text) => codesOf(text).map(([c]) => c));
    expect(codes.length).toBeGreaterThan(100);
    expect(codes.filter((c) => !/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/.test(c))).toEqual([]);
  });

  it('the check finds an error written where it is thrown, but not a named one or a comment', () => {
    const useCase = [
      "// throw invalid('x.y', 'f', 'in a comment')",
      "if (!ok) throw invalid('widget.bad', 'name', 'Choose a name.');",
      "if (!row) throw new AppError('widget.gone', 410, 'Gone', 'No more.');",
      "if (!mine) throw forbidden('widget.not_yours', 'Not yours.');",
      'if (!viewer) throw forbidden();',
      'if (!found) throw widgetNotFound();',
      'if (!found) throw spec.notFound();',
    ].join('\n');
    expect(inlineErrors('modules/widgets/widgets.usecases.ts', useCase)).toEqual([
      'modules/widgets/widgets.usecases.ts:2 invalid/conflict/notFound(…)',
      'modules/widgets/widgets.usecases.ts:3 new AppError(…)',
      'modules/widgets/widgets.usecases.ts:4 forbidden(code, …)',
    ]);
    expect(inlineErrors('modules/widgets/widgets.errors.ts', useCase)).toEqual([]);
  });

  it('the check finds one code given two statuses', () => {
    expect(
      clashes({
        'modules/a/a.errors.ts': "export const taken = () => conflict('widget.taken', 'Taken.');\nexport const gone = () => notFound('widget');",
        'modules/b/b.errors.ts': "export const taken = () => invalid('widget.taken', 'code', 'Taken.');\nexport const gone = () => new AppError('widget.not_found', 404, 'Not found');",
      }),
    ).toEqual(['widget.taken: 409 in modules/a/a.errors.ts, 400 in modules/b/b.errors.ts']);
  });
});
