import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = process.env.CHANCERY_DEMO_PASSWORD ?? 'chancery-demo';

/** Signs in through the sign-in page, as a user would. */
export async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel(/e-?mail|почта/i).fill(email);
  await page.getByLabel(/password|пароль/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /sign in|войти/i }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Fails the test on any console error or uncaught exception in the page. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    expectNone: () => expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]),
  };
}

/** Runs axe-core on the page and fails on serious or critical violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
