// Browser story: someone guesses a password; only their address is held back, and the administrator sees the lockout.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, signOut, watchConsole } from './support/session.ts';

const GUESSED = `former.attache.${Date.now()}@chancery.test`;

test('guessing a password holds back only that account from that address, and the administrator sees it', async ({ page }) => {
  const browserConsole = watchConsole(page, { allow: [/status of 401/, /status of 429/] });

  await test.step('someone guesses a password until they are told to wait', async () => {
    await page.goto('/login');
    for (let i = 0; i < 6; i++) {
      await page.getByLabel(/e-?mail/i).fill(GUESSED);
      await page.getByLabel(/password/i).fill(`guess number ${i}`);
      await page.getByRole('button', { name: /sign in/i }).click();
      await expect(page.getByText(/not correct|Too many failed sign-in attempts/)).toBeVisible();
    }
    await expect(page.getByText(/Too many failed sign-in attempts\. Wait \d+ minutes?/)).toBeVisible();
  });

  await test.step('the administrator, from the same office, still signs in', async () => {
    await signIn(page, 'admin@chancery.test');
  });

  await test.step('and finds the lockout on the accounts page', async () => {
    await page.goto('/admin/users');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: 'Sign-in lockouts' })).toBeVisible();
    const row = main.getByRole('table', { name: 'Sign-in lockouts' }).getByRole('row').filter({ hasText: GUESSED });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Account from address');
    await expect(row).toContainText('127.0.0.1');
    await expectAccessible(page, 'the accounts page with a lockout');
  });

  await signOut(page);
  browserConsole.expectNone();
});
