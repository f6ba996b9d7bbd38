// Browser story: a delegate who reaches the address of a new consultation is told that the mission starts them, and is shown where their part is.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, watchConsole } from './support/session.ts';

// axe and the first page loads are slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

test('a delegate gets no New consultation form, only the way to the texts awaiting the delegation', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signIn(page, 'delegate.id@chancery.test');
  await page.goto('/consultations');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(main.getByRole('button', { name: 'New consultation' })).toHaveCount(0);

  await page.goto('/consultations/new');
  await expect(main.getByRole('heading', { level: 1, name: 'Consultations are started by the mission' })).toBeVisible();
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page, 'the new consultation address, for a delegate');
  // The page's own way on (the module's row of pages above it names the same place).
  await main.getByRole('link', { name: 'Awaiting my delegation', exact: true }).last().click();
  await expect(page).toHaveURL(/\/consultations\/inbox$/);
  browserConsole.expectNone();
});
