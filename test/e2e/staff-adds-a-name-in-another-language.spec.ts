// Browser story: staff give an organisation its name in Bahasa Indonesia, see it on the page in English and Russian, and find the organisation by it.
import { expect, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn, uniqueTag, watchConsole } from './support/session.ts';

test('staff adds the Indonesian name of an office, sees it on the office page in both interface languages, and finds the office by it', async ({ page }) => {
  test.slow();
  const browserConsole = watchConsole(page);
  const tag = uniqueTag();
  const english = `Mekong River Liaison Office ${tag}`;
  const indonesian = `Kantor Penghubung Sungai Mekong ${tag}`;
  const staff = await apiAs('staff@chancery.test');
  const created = await staff.post('/api/organizations', { data: { names: { en: english, ru: `Бюро связи по реке Меконг ${tag}` }, kind: 'agency', classification: 'mission' } });
  expect(created.ok()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  await staff.dispose();
  const main = page.getByRole('main');

  await signIn(page, 'staff@chancery.test');
  await page.goto(`/organizations/${id}`);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(english);

  await test.step('adds a name in Bahasa Indonesia in the form', async () => {
    await main.getByRole('button', { name: 'Edit' }).click();
    await expect(main.getByRole('group', { name: 'Names in other languages' })).toBeVisible();
    await main.getByRole('button', { name: 'Add a language' }).click();
    const row = main.getByRole('group', { name: /^Name in / });
    await row.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Thai', exact: true }).click();
    await row.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Indonesian', exact: true }).click();
    await expect(main.getByRole('group', { name: 'Name in Indonesian' })).toBeVisible();
    await expectAccessible(page, 'the organisation form with a name in another language');

    // Saving an empty name is refused, naming the field.
    await main.getByRole('button', { name: 'Save' }).click();
    const summary = main.getByRole('alert');
    await expect(summary).toContainText('Enter the name, or leave this language out');
    await main.getByRole('group', { name: 'Name in Indonesian' }).getByRole('textbox', { name: 'Name' }).fill(indonesian);
    await main.getByRole('button', { name: 'Save' }).click();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(english);
  });

  await test.step('sees the Indonesian name on the office page', async () => {
    const fact = main.getByText('Name in Indonesian', { exact: true });
    await expect(fact).toBeVisible();
    await expect(main.getByText(indonesian, { exact: true })).toHaveAttribute('lang', 'id');
    await expectAccessible(page, 'the organisation page with a name in another language');
  });

  await test.step('finds the office by its Indonesian name', async () => {
    await page.goto('/organizations');
    await main.getByRole('searchbox', { name: 'Search' }).pressSequentially(`penghubung sungai mekong ${tag.toLowerCase()}`, { delay: 20 });
    await expect(main.getByText('1 result', { exact: true })).toBeVisible();
    await expect(main.getByRole('table', { name: 'Organisations' }).getByRole('link', { name: english })).toBeVisible();
  });

  await test.step('in Russian, the page is titled with the Russian name and lists the Indonesian one', async () => {
    await page.goto(`/organizations/${id}`);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'RU' }).click();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(`Бюро связи по реке Меконг ${tag}`);
    await expect(main.getByText('Название: индонезийский', { exact: true })).toBeVisible();
    await expect(main.getByText(indonesian, { exact: true })).toBeVisible();
    await main.getByRole('button', { name: 'Изменить' }).click();
    await expect(main.getByRole('group', { name: 'Названия на других языках' })).toBeVisible();
    await expect(main.getByRole('group', { name: 'Название: индонезийский' }).getByRole('textbox', { name: 'Название' })).toHaveValue(indonesian);
    await page.getByRole('group', { name: 'Язык' }).getByRole('button', { name: 'EN' }).click();
  });

  browserConsole.expectNone();
});
