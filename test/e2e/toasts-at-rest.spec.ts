// Browser story: a confirmation toast is readable once settled, in the light and dark themes.
import { expect, test } from '@playwright/test';
import { expectToastsAccessible, signIn, signOut, watchConsole } from './support/session.ts';

// Toasts are left out of the page-wide accessibility checks while they fade; here they are judged at rest, in both themes.
for (const scheme of ['light', 'dark'] as const) {
  test(`a confirmation toast is readable once it has settled, in the ${scheme} theme`, async ({ page }) => {
    const browserConsole = watchConsole(page);
    await signIn(page, 'delegate.id@chancery.test');
    if (scheme === 'dark') await page.getByRole('banner').getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.goto('/consultations/inbox');
    const row = page
      .getByRole('main')
      .getByRole('row')
      .filter({ hasText: scheme === 'light' ? 'ARJCC/2026/SP-03' : 'ARJCC/2026/CS-24' });
    await row.getByRole('button', { name: /^No objection/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Record no objection' }).click();
    await expect(page.getByText(/No objection of Indonesia to .* recorded\./)).toBeVisible();
    await expectToastsAccessible(page, `a toast in the ${scheme} theme`);
    if (scheme === 'dark') await page.getByRole('banner').getByRole('button', { name: 'Switch to light theme' }).click();
    await signOut(page);
    browserConsole.expectNone();
  });
}
