// Browser story: searching everything with Ctrl+K, finding only what the user may see.
import { type Page, expect, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn, uniqueTag, watchConsole } from './support/session.ts';

/** Opens the search dialog with the keyboard shortcut, from wherever the user is. */
async function openSearch(page: Page) {
  await page.keyboard.press('ControlOrMeta+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Search everything' });
  await expect(input).toBeFocused();
  return { dialog, input };
}

test('staff finds the ambassador by a misspelled name with Ctrl+K and opens his record with the keyboard', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signIn(page, 'staff@chancery.test');
  await page.goto('/organizations');
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();

  const { dialog, input } = await openSearch(page);
  await input.pressSequentially('Zagainov', { delay: 40 });

  const results = dialog.getByRole('listbox', { name: 'Search results' });
  const ambassador = results.getByRole('option').filter({ hasText: 'Evgeny Zagaynov' });
  await expect(ambassador).toBeVisible();
  await expectAccessible(page, 'the search dialog');

  // Move with the arrow keys to the ambassador, then open him with Enter.
  const options = results.getByRole('option');
  const count = await options.count();
  for (let i = 0; i < count && (await ambassador.getAttribute('aria-selected')) !== 'true'; i++) {
    await input.press('ArrowDown');
  }
  await expect(ambassador).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await ambassador.getAttribute('id')) ?? '');
  await input.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('H.E. Ambassador Евгений Загайнов');
  await expect(page.getByRole('main').getByText('Evgeny Zagaynov').first()).toBeVisible();

  browserConsole.expectNone();
});

test('a delegate searching for a word that only a mission record contains finds nothing', async ({ page }) => {
  // The mission records a working group under a code word of its own; its staff can find it.
  const codeWord = `Kestrel${uniqueTag()}`;
  const staff = await apiAs('staff@chancery.test');
  const created = await staff.post('/api/organizations', {
    data: { names: { en: `Working group ${codeWord}` }, kind: 'other', classification: 'mission' },
  });
  expect(created.ok()).toBe(true);
  await expect
    .poll(async () => ((await (await staff.get('/api/search', { params: { q: codeWord } })).json()) as { total: number }).total)
    .toBeGreaterThan(0);
  await staff.dispose();

  const browserConsole = watchConsole(page);
  await signIn(page, 'delegate.id@chancery.test');
  await page.goto('/organizations');
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();

  const { dialog, input } = await openSearch(page);
  await input.pressSequentially(codeWord, { delay: 20 });

  await expect(dialog.getByRole('paragraph').filter({ hasText: `Nothing found for '${codeWord}'.` })).toBeVisible();
  const hits = dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option').filter({ hasNotText: 'See all results' });
  await expect(hits).toHaveCount(0);
  await input.press('Escape');
  await expect(dialog).toBeHidden();

  // The full results page, with its count, says the same.
  await page.goto(`/search?q=${codeWord}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('searchbox', { name: 'Search' })).toHaveValue(codeWord);
  await expect(main.getByText(`Nothing found for '${codeWord}'.`, { exact: false })).toBeVisible();
  await expect(main.getByText('0 results', { exact: true })).toBeVisible();
  await expect(main.getByText('Working group')).toHaveCount(0);

  browserConsole.expectNone();
});
