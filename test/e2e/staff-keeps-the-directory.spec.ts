// Browser story: staff record, find and correct an office and its director.
import { expect, test } from '@playwright/test';
import { expectAccessible, openModule, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

test('staff records a new office and its director, finds and corrects them, and the administrator sees the correction in the audit log', async ({
  page,
}) => {
  // A long story with two sign-ins and several accessibility checks.
  test.slow();
  const browserConsole = watchConsole(page);
  const tag = uniqueTag();
  const organisation = `Mekong Water Dialogue Office ${tag}`;
  const person = `Ratna Kusuma ${tag}`;
  const main = page.getByRole('main');

  await signIn(page, 'staff@chancery.test');

  await test.step('creates the organisation', async () => {
    // Staff start on Today; the directory is one click away.
    await openModule(page, 'Directory');
    await expect(page).toHaveURL(/\/organizations/);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Organisations' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await expect(main.getByRole('table', { name: 'Organisations' })).toBeVisible();
    await expectAccessible(page, 'the organisations list');

    await main.getByRole('button', { name: 'New organisation' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'New organisation' })).toBeVisible();
    await expect(main.getByRole('combobox', { name: 'Classification' })).toHaveValue('Mission');
    await expectAccessible(page, 'the new organisation form');

    await main.getByRole('textbox', { name: 'Name (English)' }).fill(organisation);
    await main.getByRole('textbox', { name: 'Acronym' }).fill(`MWDO-${tag}`);
    await main.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Agency', exact: true }).click();
    await main.getByRole('button', { name: 'Save' }).click();

    await expect(main.getByRole('heading', { level: 1 })).toHaveText(`${organisation} (MWDO-${tag})`);
    await expect(main.getByText('Mission', { exact: true })).toBeVisible();
    await expectAccessible(page, 'the organisation page');
  });

  await test.step('adds a person holding a post there', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
    await main.getByRole('button', { name: 'New person' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'New person' })).toBeVisible();

    await main.getByRole('textbox', { name: 'Full name' }).fill(person);
    await main.getByRole('textbox', { name: 'Honorific' }).fill('Dr');
    await main.getByRole('button', { name: 'Add a post' }).click();
    const post = main.getByRole('group', { name: 'Post 1' });
    await post.getByRole('combobox', { name: 'Organisation' }).fill(tag);
    await page.getByRole('option', { name: new RegExp(organisation) }).click();
    await expect(post.getByRole('combobox', { name: 'Organisation' })).toHaveValue(new RegExp(organisation));
    await post.getByRole('textbox', { name: 'Title' }).fill('Director');
    await main.getByRole('button', { name: 'Save' }).click();

    await expect(main.getByRole('heading', { level: 1 })).toHaveText(`Dr ${person}`);
    await expect(main.getByRole('link', { name: organisation })).toBeVisible();
  });

  await test.step('finds the person by typing part of the name', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
    const table = main.getByRole('table', { name: 'People' });
    await expect(table).toBeVisible();
    await expectAccessible(page, 'the people list');

    await main.getByRole('searchbox', { name: 'Search' }).pressSequentially(tag.toLowerCase(), { delay: 40 });
    await expect(main.getByText('1 result', { exact: true })).toBeVisible();
    const row = table.getByRole('row').filter({ hasText: person });
    await expect(row).toContainText('Director');
    await expect(row).toContainText(organisation);
    await row.getByRole('link', { name: person }).click();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(`Dr ${person}`);
    await expectAccessible(page, 'the person page');
  });

  const personUrl = page.url();

  await test.step('corrects the honorific', async () => {
    await main.getByRole('button', { name: 'Edit' }).click();
    const honorific = main.getByRole('textbox', { name: 'Honorific' });
    await expect(honorific).toHaveValue('Dr');
    await expectAccessible(page, 'the edit person form');
    await honorific.fill('H.E.');
    await main.getByRole('button', { name: 'Save' }).click();

    await expect(main.getByRole('heading', { level: 1 })).toHaveText(`H.E. ${person}`);
    await expect(page).toHaveURL(personUrl);
    // Staff does not read the audit log, so the record offers no history to them.
    await expect(main.getByRole('link', { name: 'History' })).toHaveCount(0);
  });

  await signOut(page);
  await signIn(page, 'admin@chancery.test');

  await test.step('the administrator reads the change in the record’s history', async () => {
    await page.goto(personUrl);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(`H.E. ${person}`);
    await main.getByRole('link', { name: 'History' }).click();

    await expect(main.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const log = main.getByRole('table', { name: 'Audit log' });
    const update = log.getByRole('row').filter({ hasText: 'Person: updated' });
    await expect(update).toHaveCount(1);
    await expect(update).toContainText('Ivan Testov');
    await expect(update).toContainText('Honorific:');
    await expect(update.getByRole('deletion')).toHaveText(/Dr$/);
    await expect(update.getByRole('insertion')).toHaveText(/H\.E\.$/);
    // The creation is in the same history, and nothing of other records is.
    await expect(log.getByRole('row').filter({ hasText: 'Person: created' })).toHaveCount(1);
    await expect(log.getByRole('row')).toHaveCount(3);
    await expectAccessible(page, 'the audit log');
  });

  browserConsole.expectNone();
});
