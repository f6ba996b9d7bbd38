// `npm run bench:web`: the web app in headless Chromium on the demo data — script bytes on the wire, LCP and CLS per page, against the targets.
/**
 * Starts `chancery serve` on a throw-away embedded database with the demo
 * dataset (or uses BENCH_WEB_URL, a server already running on demo data),
 * opens the sign-in page in headless Chromium, signs in as staff and visits a
 * few pages. For each it reads the Performance API: script bytes transferred
 * (compressed, as on the wire) and decoded, the largest contentful paint and
 * the layout shift. Then it loads the sign-in page again to show what the
 * cache keeps. Targets (issue 11): sign-in < 100 kB of script, any other
 * first page < 200 kB; LCP of the first page after sign-in ≤ 1 s and of no
 * page above 1.5 s; CLS < 0.05. Reported, not asserted.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_WEB_PORT ?? 8392);
const base = process.env.BENCH_WEB_URL ?? `http://127.0.0.1:${port}`;
const password = process.env.CHANCERY_DEMO_PASSWORD ?? 'chancery-demo';
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** Measures the page as loaded so far: scripts over the wire and decoded, LCP, CLS. */
async function measure(page: Page) {
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    () =>
      new Promise<{ wire: number; decoded: number; scripts: number; lcp: number; cls: number }>((resolve) => {
        const scripts = performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js')) as PerformanceResourceTiming[];
        let lcp = 0;
        let cls = 0;
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) lcp = Math.max(lcp, e.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((l) => {
          for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(
          () =>
            resolve({
              wire: scripts.reduce((s, e) => s + e.transferSize, 0),
              decoded: scripts.reduce((s, e) => s + e.decodedBodySize, 0),
              scripts: scripts.length,
              lcp,
              cls,
            }),
          300,
        );
      }),
  );
}

async function main() {
  let stop = () => {};
  if (!process.env.BENCH_WEB_URL) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-web-'));
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
      cwd: root,
      env: { ...process.env, CHANCERY_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', CHANCERY_DEMO: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    stop = () => {
      server.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
    for (let i = 0; !(await fetch(`${base}/readyz`).then((r) => r.ok, () => false)); i++) {
      if (i > 900) {
        stop();
        throw new Error('the server did not get ready within 15 minutes');
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const rows: string[][] = [];
  const misses: string[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const visit = async (label: string, go: () => Promise<unknown>, jsTarget: number, lcpTarget: number) => {
      await go();
      const m = await measure(page);
      rows.push([label, String(m.scripts), kB(m.wire), kB(m.decoded), `${Math.round(m.lcp)} ms`, m.cls.toFixed(3)]);
      if (m.wire > jsTarget) misses.push(`${label}: ${kB(m.wire)} of script > ${kB(jsTarget)}`);
      if (m.lcp > lcpTarget) misses.push(`${label}: LCP ${Math.round(m.lcp)} ms > ${lcpTarget} ms`);
      if (m.cls >= 0.05) misses.push(`${label}: CLS ${m.cls.toFixed(3)} ≥ 0.05`);
    };
    await visit('sign-in (cold)', () => page.goto(`${base}/login`), 100 * 1024, 1500);
    await page.getByLabel(/e-?mail|почта/i).fill('staff@chancery.test');
    await page.getByLabel(/password|пароль/i).fill(password);
    await page.getByRole('button', { name: /sign in|войти/i }).click();
    await page.getByRole('banner').getByRole('button', { name: /sign out|выйти/i }).waitFor();
    // Each page opened fresh (a new document), as when typed or reloaded; the browser's cache is kept.
    await visit('today (after sign-in)', () => page.goto(`${base}/`), 200 * 1024, 1000);
    for (const p of ['/people', '/organizations', '/consultations', '/bodies', '/calendar']) await visit(p, () => page.goto(`${base}${p}`), 200 * 1024, 1500);
    const fresh = await browser.newContext();
    const again = await fresh.newPage();
    await again.goto(`${base}/login`);
    await again.waitForLoadState('networkidle');
    await again.reload();
    const cached = await measure(again);
    rows.push(['sign-in (reload, cached)', String(cached.scripts), kB(cached.wire), kB(cached.decoded), `${Math.round(cached.lcp)} ms`, cached.cls.toFixed(3)]);
  } finally {
    await browser.close();
    stop();
  }
  const head = ['page', 'scripts', 'script bytes on the wire', 'decoded', 'LCP', 'CLS'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log([line(head), ...rows.map(line)].join('\n'));
  console.log(misses.length === 0 ? '\ntargets: met' : `\ntargets NOT met:\n  ${misses.join('\n  ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
