// Browser story: "no objection" is a formal position — asked once, naming the text, the version and the party — and not offered on a call for comments.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, watchConsole } from './support/session.ts';

test('the Indonesian delegate is asked before recording no objection, can step back, and is not offered it on a call for comments', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signIn(page, 'delegate.id@chancery.test');
  await page.goto('/consultations/inbox');
  const main = page.getByRole('main');

  // A call for comments takes comments, not "no objection".
  const comments = main.getByRole('row').filter({ hasText: 'ICT/2026/R-02' });
  await expect(comments.getByRole('button', { name: /^Other response/ })).toBeVisible();
  await expect(comments.getByRole('button', { name: /^No objection/ })).toHaveCount(0);

  // Under consensus it is offered, and asked once.
  const consensus = main.getByRole('row').filter({ hasText: 'ARJCC/2026/CS-24' });
  await consensus.getByRole('button', { name: /^No objection/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Record no objection of Indonesia to “Co-Chairs’ statement/ });
  await expect(dialog).toContainText(/On version \d+\. A position is formal/);
  await expectAccessible(page, 'the no-objection confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Stepping back recorded nothing: the text still awaits Indonesia.
  await page.reload();
  await expect(main.getByRole('row').filter({ hasText: 'ARJCC/2026/CS-24' }).getByRole('button', { name: /^No objection/ })).toBeVisible();
  browserConsole.expectNone();
});
