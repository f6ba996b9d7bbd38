// Helpers of the browser tests: signing in and out, watching the console, accessibility checks.
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Page, expect, request } from '@playwright/test';

export const DEMO_PASSWORD = process.env.CHANCERY_DEMO_PASSWORD ?? 'chancery-demo';
export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 8181}`;

/** Signs in through the sign-in page, as a user would. */
export async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel(/e-?mail|почта/i).fill(email);
  await page.getByLabel(/password|пароль/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /sign in|войти/i }).click();
  await expect(page).not.toHaveURL(/\/login/);
  // The header names the user once the app knows who signed in.
  await expect(page.getByRole('banner').getByRole('button', { name: /sign out|выйти/i })).toBeVisible();
}

/** Signs out with the header's button and waits until the app treats the visitor as anonymous. */
export async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: /sign out|выйти/i }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: /^(sign in|войти)$/i })).toBeVisible();
}

/**
 * Fails the test on any console error or uncaught exception in the page.
 * `allow` lists messages that a step expects, e.g. the browser's own note
 * that a request for a hidden record answered 404.
 */
export function watchConsole(page: Page, { allow = [] }: { allow?: RegExp[] } = {}) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !allow.some((re) => re.test(m.text()))) errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return {
    expectNone: () => expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]),
  };
}

/** The browser's message when a fetch answers 404 (expected when opening a record one may not see). */
export const NOT_FOUND_RESOURCE = /Failed to load resource: the server responded with a status of 404/;

/** Runs axe-core on the page and fails on serious or critical violations, naming the elements. */
export async function expectAccessible(page: Page, what = page.url()) {
  // Judge the page at rest: a pointer left over the last clicked control would show its hover colours.
  await page.mouse.move(-1, -1);
  // Toasts fade in and out: measured mid-animation their text seems to vanish into the page.
  // They are judged once at rest instead (see the toast check below).
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('.mantine-Notifications-root')
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = bad.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any.map((c) => c.message).join('; ')})`).join(', ')}`,
  );
  expect(described, `accessibility of ${what}`).toEqual([]);
}

/**
 * Runs axe-core on the visible toasts once they have settled (fully faded
 * in), so their contrast is judged as the user reads them.
 */
export async function expectToastsAccessible(page: Page, what = 'the toast') {
  const toast = page.locator('.mantine-Notifications-root .mantine-Notification-root').first();
  await expect(toast).toBeVisible();
  await expect
    .poll(async () => toast.evaluate((el) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length + Number(getComputedStyle(el).opacity !== '1')))
    .toBe(0);
  const results = await new AxeBuilder({ page }).include('.mantine-Notifications-root').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  // The check is only worth something if axe measured the toast's text.
  expect(results.passes.map((p) => p.id), `axe measured the contrast of ${what}`).toContain('color-contrast');
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any.map((c) => c.message).join('; ')})`).join(', ')}`),
    `accessibility of ${what}`,
  ).toEqual([]);
}

/**
 * The API as a given demo user, for looking up record ids that the story
 * refers to. Not a substitute for the browser: assertions belong on the page.
 */
export async function apiAs(email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } });
  const res = await api.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(res.ok(), `sign-in of ${email} through the API`).toBe(true);
  return api;
}

/** The id of the one organisation whose English name is exactly `nameEn`. */
export async function organizationId(api: APIRequestContext, nameEn: string, q: string): Promise<string> {
  const res = await api.get('/api/organizations', { params: { q, limit: 50 } });
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: { id: string; names: { en: string } }[] };
  const found = body.items.filter((o) => o.names.en === nameEn);
  expect(found, `organisation "${nameEn}" in the demo data`).toHaveLength(1);
  return found[0].id;
}

/** A short tag that makes a record's name unique to one run of one test. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}

/**
 * Opens a module from the header, as a user would: its link when the header
 * has room for it, otherwise under "More" (names in either language).
 */
export async function openModule(page: Page, name: string | RegExp) {
  const nav = page.getByRole('banner').getByRole('navigation', { name: /^(Modules|Разделы системы)$/ });
  await expect(nav).toBeVisible();
  const link = nav.getByRole('link', { name, exact: typeof name === 'string' ? true : undefined });
  if (await link.isVisible()) {
    await link.click();
    return;
  }
  await nav.getByRole('button', { name: /^(More|Ещё)$/ }).click();
  await page.getByRole('menuitem', { name }).click();
}
