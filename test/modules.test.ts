// The module manifests: every module is listed once, and what it declares is complete (jobs, notification texts, calendar sources).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installAllModules, MODULES } from '../src/server/modules/index.ts';
import { calendarSource } from '../src/server/platform/calendar/sources.ts';
import { jobDefinition } from '../src/server/platform/jobs/registry.ts';
import { notificationKind } from '../src/server/platform/notifications/catalog.ts';

const server = path.resolve(import.meta.dirname, '../src/server');
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
const files = sourceFiles(server).map((p) => ({ p, text: fs.readFileSync(p, 'utf8') }));

/** Every exported value of the source files that mention `marker`, with the file it came from. */
async function exportsOfFilesMentioning(marker: string) {
  const out: { file: string; name: string; value: unknown }[] = [];
  for (const f of files.filter((f) => f.text.includes(marker) && !f.p.endsWith('registry.ts') && !f.p.endsWith('catalog.ts'))) {
    const mod = (await import(f.p)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) out.push({ file: path.relative(server, f.p), name, value });
  }
  return out;
}

describe('module manifests', () => {
  installAllModules();

  it('list every module folder exactly once, platform first', () => {
    const folders = fs.readdirSync(path.join(server, 'modules'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const names = MODULES.map((m) => m.name);
    expect(names[0]).toBe('platform');
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(1).sort()).toEqual(folders.sort());
    for (const folder of folders) expect(fs.existsSync(path.join(server, 'modules', folder, 'module.ts')), `${folder}/module.ts`).toBe(true);
  });

  it('give every defined job kind a handler, and every job kind constant is one of them', async () => {
    const defined = (await exportsOfFilesMentioning('defineJob(')).filter(
      (e) => typeof e.value === 'object' && e.value !== null && 'kind' in e.value && 'run' in e.value,
    );
    expect(defined.length).toBeGreaterThan(5);
    for (const d of defined) {
      const kind = (d.value as { kind: string }).kind;
      expect(jobDefinition(kind), `${d.file}: ${d.name} (${kind}) is not in any manifest's jobs`).toBe(d.value);
    }
    // A kind named by a constant (`export const X_JOB = 'x'`) is scheduled somewhere: it must have a handler.
    for (const f of files) {
      for (const m of f.text.matchAll(/export const (\w+_JOB) = '([^']+)'/g)) {
        expect(jobDefinition(m[2]), `${path.relative(server, f.p)}: ${m[1]} = '${m[2]}' has no handler in any manifest`).toBeDefined();
      }
    }
    for (const s of MODULES.flatMap((m) => m.schedules ?? [])) expect(jobDefinition(s.kind), `schedule ${s.kind}`).toBeDefined();
  });

  it('give every notification kind a name and a text in English and Russian', async () => {
    const defined = (await exportsOfFilesMentioning('defineNotificationKind(')).filter(
      (e) => typeof e.value === 'object' && e.value !== null && 'render' in e.value && 'label' in e.value,
    );
    expect(defined.length).toBeGreaterThan(5);
    for (const d of defined) {
      const k = d.value as { kind: string };
      const registered = notificationKind(k.kind);
      expect(registered, `${d.file}: ${d.name} (${k.kind}) is not in any manifest's notificationKinds`).toBe(d.value);
      // Every parameter given, as a sender would: zones, instants and dates where the name says so.
      const sample = (key: string) =>
        /zone/i.test(key) ? 'Asia/Jakarta' : /^(at|closesAt|expiresAt)$/.test(key) ? '2026-12-03T05:00:00.000Z' : /(Date|DueOn)$/.test(key) ? '2026-12-03' : key === 'outcome' ? 'adopted' : key === 'kind' ? 'support' : key === 'phase' ? 'overdue' : '1';
      const params = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? sample(key) : undefined) }) as Record<string, string>;
      for (const lang of ['en', 'ru'] as const) {
        expect(registered!.label[lang], `${k.kind} label ${lang}`).toMatch(/\S/);
        expect(registered!.render(params, lang).title, `${k.kind} title ${lang}`).toMatch(/\S/);
      }
      // The Russian text is Russian, not a copy of the English one.
      expect(registered!.label.ru, `${k.kind} label ru`).toMatch(/[а-яё]/i);
      const ru = registered!.render(params, 'ru');
      expect(`${ru.title} ${ru.body}`, `${k.kind} text ru`).toMatch(/[а-яё]/i);
    }
  });

  it('declare every calendar source the modules put items under', () => {
    for (const f of files) {
      for (const m of f.text.matchAll(/module: '([a-z_]+)',/g)) {
        expect(calendarSource(m[1]), `${path.relative(server, f.p)}: calendar module '${m[1]}'`).toBeDefined();
      }
    }
  });
});
