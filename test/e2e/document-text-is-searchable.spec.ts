// Browser story: an uploaded PDF's text is found by search.
import { type Page, expect, test } from '@playwright/test';
import { makePdf } from '../fixtures/documents.ts';
import { apiAs, organizationId, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

// A public organisation in the demo data (src/server/modules/directory/demo/organizations.data.ts).
const ORGANISATION = 'ASEAN Centre for Energy';

let organisation = '';

test.beforeAll(async () => {
  const staff = await apiAs('staff@chancery.test');
  organisation = await organizationId(staff, ORGANISATION, ORGANISATION);
  await staff.dispose();
});

/** Opens the search dialog with the keyboard shortcut and types `words` into it. */
async function searchFor(page: Page, words: string) {
  await page.keyboard.press('ControlOrMeta+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Search everything' });
  await expect(input).toBeFocused();
  await input.pressSequentially(words, { delay: 20 });
  return { dialog, input, results: dialog.getByRole('listbox', { name: 'Search results' }) };
}

test("an uploaded PDF's text is found by search", async ({ page }) => {
  // The word is only in the file's text, never in its title or name.
  const word = `Quillwort${uniqueTag()}`;
  const title = `Energy outlook note ${uniqueTag()}`;
  const pdf = makePdf(`Briefing for the mission. Reference word ${word} for the archive.`);

  const browserConsole = watchConsole(page);
  await signIn(page, 'staff@chancery.test');
  await page.goto(`/organizations/${organisation}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toContainText(ORGANISATION);

  // Choose the file (as the drop zone's file picker would), then name and classify it.
  await expect(main.getByRole('button', { name: 'Drop a file here or choose one' })).toBeVisible();
  await main.locator('input[type=file]').setInputFiles({ name: 'outlook-note.pdf', mimeType: 'application/pdf', buffer: pdf });
  const titleField = main.getByRole('textbox', { name: 'Title' });
  await expect(titleField).toHaveValue('outlook-note');
  await titleField.fill(title);
  // A document on a public organisation is public unless one says otherwise.
  const classification = main.getByRole('combobox', { name: 'Classification' });
  await expect(classification).toHaveValue('Public');
  await classification.click();
  await page.getByRole('option', { name: 'Mission', exact: true }).click();
  await expect(classification).toHaveValue('Mission');
  await main.getByRole('button', { name: 'Upload' }).click();

  const row = main.getByRole('button', { name: `Open ${title}: versions and actions` });
  await expect(row).toBeVisible();
  await expect(main.getByRole('link', { name: `Download ${title}` })).toBeVisible();
  await expect(main.getByRole('progressbar', { name: 'Upload progress' })).toHaveCount(0);
  await expect(main.getByRole('button', { name: 'Drop a file here or choose one' })).toBeVisible();

  // The text is read from the file in the background, so the first searches may find nothing yet;
  // a fresh page forgets answers the dialog has already had.
  await expect(async () => {
    await page.reload();
    await expect(main.getByRole('heading', { level: 1 })).toContainText(ORGANISATION);
    const { results } = await searchFor(page, word);
    await expect(results.getByRole('option').filter({ hasText: title })).toBeVisible({ timeout: 2_000 });
  }).toPass({ intervals: [500, 1_000, 1_500], timeout: 20_000 });

  const dialog = page.getByRole('dialog', { name: 'Search' });
  const hit = dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option').filter({ hasText: title });
  await expect(hit).toContainText(word);
  await hit.click();
  await expect(dialog).toBeHidden();
  // The hit leads to the document itself (or its record), not to an address the app does not know.
  await expect(main.getByRole('heading', { level: 1, name: 'Page not found' }), `the document's hit opened ${page.url()}`).toHaveCount(0);
  await expect(page.getByText(title).first()).toBeVisible();

  // The full results page finds it too, for the mission.
  await page.goto(`/search?q=${word}`);
  await expect(main.getByRole('searchbox', { name: 'Search' })).toHaveValue(word);
  await expect(main.getByText('1 result', { exact: true })).toBeVisible();
  await expect(main.getByText(title)).toBeVisible();

  // A delegate is not told that a mission document contains the word.
  await signOut(page);
  await signIn(page, 'delegate.vn@chancery.test');
  await page.goto(`/search?q=${word}`);
  await expect(main.getByRole('searchbox', { name: 'Search' })).toHaveValue(word);
  await expect(main.getByText(`Nothing found for '${word}'.`, { exact: false })).toBeVisible();
  await expect(main.getByText('0 results', { exact: true })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);

  browserConsole.expectNone();
});
