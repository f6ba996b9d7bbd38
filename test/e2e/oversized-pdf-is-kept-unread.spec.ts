// Browser story: a PDF that inflates far beyond its size is kept, and its version says its text was not extracted.
import { expect, test } from '@playwright/test';
import { makePdfBomb } from '../fixtures/documents.ts';
import { apiAs, organizationId, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

// A public organisation in the demo data (src/server/modules/directory/demo/organizations.data.ts).
const ORGANISATION = 'ASEAN Centre for Energy';

let organisation = '';

test.beforeAll(async () => {
  const staff = await apiAs('staff@chancery.test');
  organisation = await organizationId(staff, ORGANISATION, ORGANISATION);
  await staff.dispose();
});

test('a PDF bomb is stored, and its version says the text was not extracted because it is too large', async ({ page }) => {
  const title = `Inflating annex ${uniqueTag()}`;
  const browserConsole = watchConsole(page);
  await signIn(page, 'staff@chancery.test');
  await page.goto(`/organizations/${organisation}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toContainText(ORGANISATION);

  await main.locator('input[type=file]').setInputFiles({ name: 'annex.pdf', mimeType: 'application/pdf', buffer: makePdfBomb(12) });
  const titleField = main.getByRole('textbox', { name: 'Title' });
  await expect(titleField).toHaveValue('annex');
  await titleField.fill(title);
  await main.getByRole('button', { name: 'Upload' }).click();
  await expect(main.getByRole('link', { name: `Download ${title}` })).toBeVisible();

  // The text is read in the background; a fresh page shows the outcome once it is known.
  await expect(async () => {
    await page.reload();
    await main.getByRole('button', { name: `Open ${title}: versions and actions` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Text not extracted (too large)', { exact: false })).toBeVisible({ timeout: 2_000 });
  }).toPass({ intervals: [1_000, 2_000], timeout: 45_000 });
  // The file itself is still there to download.
  await expect(page.getByRole('dialog').getByRole('link', { name: new RegExp(`Download version 1 of ${title}`) })).toBeVisible();
  await page.keyboard.press('Escape');

  await signOut(page);
  browserConsole.expectNone();
});
