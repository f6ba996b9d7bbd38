// Browser story: the Indonesian delegate finds only what is shared with Indonesia.
import { randomUUID } from 'node:crypto';
import { type Page, expect, test } from '@playwright/test';
import { NOT_FOUND_RESOURCE, apiAs, organizationId, openModule, signIn, watchConsole } from './support/session.ts';

// Demo records that show the classifications (src/server/modules/directory/demo/organizations.data.ts).
const MISSION_ONLY = 'Mission internal working group on ARDPFF appraisal';
const SHARED_WITH_INDONESIA = 'Indonesia–Mission joint task force on AR-18 disaster training';
const SHARED_WITH_VIET_NAM = 'Viet Nam–Mission contact group on grain storage (AR-13)';
const RESTRICTED = 'Mission commission on the valuation of official gifts';

const ids: Record<string, string> = {};

test.beforeAll(async () => {
  const staff = await apiAs('staff@chancery.test');
  ids[MISSION_ONLY] = await organizationId(staff, MISSION_ONLY, 'ARDPFF');
  ids[SHARED_WITH_INDONESIA] = await organizationId(staff, SHARED_WITH_INDONESIA, 'disaster training');
  ids[SHARED_WITH_VIET_NAM] = await organizationId(staff, SHARED_WITH_VIET_NAM, 'grain storage');
  ids[RESTRICTED] = await organizationId(staff, RESTRICTED, 'official gifts');
  await staff.dispose();
});

/** Opens the organisations list and loads every page of it; returns the names listed. */
async function everyListedOrganisation(page: Page): Promise<string[]> {
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Organisations' }).click();
  const rows = main.getByRole('table', { name: 'Organisations' }).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const loadMore = main.getByRole('button', { name: 'Load more' });
  while (await loadMore.isVisible()) {
    const before = await rows.count();
    await loadMore.click();
    await expect(rows).not.toHaveCount(before);
  }
  // Every page is loaded, so the total the page announces must be exactly what is listed:
  // a hidden record is not counted either.
  const listed = (await rows.count()) - 1;
  await expect(main.getByText(`${listed} results`, { exact: true })).toBeVisible();
  await expect(main.getByText(`Showing ${listed} of ${listed}`, { exact: true })).toBeVisible();
  return main.getByRole('table', { name: 'Organisations' }).getByRole('rowgroup').last().getByRole('link').allTextContents();
}

async function searchOrganisations(page: Page, words: string) {
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
  await box.clear();
  await box.pressSequentially(words, { delay: 30 });
}

/** What the page says, ignoring the address: the visible main area. */
const mainContent = (page: Page) => page.getByRole('main').ariaSnapshot();

test.describe('the Indonesian delegate', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'delegate.id@chancery.test');
    // Signed-in users start on Today; the directory is one click away.
    await openModule(page, 'Directory');
    await expect(page).toHaveURL(/\/organizations/);
  });

  test('does not find a mission record in the list, in list search, or at its address', async ({ page }) => {
    const browserConsole = watchConsole(page, { allow: [NOT_FOUND_RESOURCE] });
    const main = page.getByRole('main');

    const listed = await everyListedOrganisation(page);
    expect(listed).toContain(SHARED_WITH_INDONESIA);
    expect(listed).not.toContain(MISSION_ONLY);
    expect(listed).not.toContain(RESTRICTED);

    await searchOrganisations(page, 'ARDPFF');
    await expect(main.getByText("No organisations match 'ARDPFF'")).toBeVisible();
    await expect(main.getByRole('table', { name: 'Organisations' })).toHaveCount(0);
    await expect(main.getByText('0 results', { exact: true })).toBeVisible();

    // The address of a record one may not see says exactly what a made-up address says.
    await page.goto(`/organizations/${randomUUID()}`);
    await expect(main.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    const missing = await mainContent(page);
    const missingTitle = await page.title();

    await page.goto(`/organizations/${ids[MISSION_ONLY]}`);
    await expect(main.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(await mainContent(page)).toBe(missing);
    expect(await page.title()).toBe(missingTitle);
    await expect(page.getByText(MISSION_ONLY)).toHaveCount(0);

    await page.goto(`/organizations/${ids[RESTRICTED]}`);
    await expect(main.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(await mainContent(page)).toBe(missing);

    browserConsole.expectNone();
  });

  test('sees a record shared with Indonesia, labelled as shared with Indonesia', async ({ page }) => {
    const browserConsole = watchConsole(page);
    const main = page.getByRole('main');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Organisations' }).click();
    await searchOrganisations(page, 'disaster training');
    await expect(main.getByText('1 result', { exact: true })).toBeVisible();
    const row = main.getByRole('table', { name: 'Organisations' }).getByRole('row').filter({ hasText: SHARED_WITH_INDONESIA });
    await expect(row).toContainText('Shared');
    await row.getByRole('link', { name: SHARED_WITH_INDONESIA }).click();

    await expect(page).toHaveURL(`/organizations/${ids[SHARED_WITH_INDONESIA]}`);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(SHARED_WITH_INDONESIA);
    await expect(main.getByText('Shared with Indonesia', { exact: true })).toBeVisible();
    // A delegate reads; the record offers no changes.
    await expect(main.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await expect(main.getByRole('button', { name: 'Archive' })).toHaveCount(0);

    browserConsole.expectNone();
  });

  test('does not see a record shared only with Viet Nam', async ({ page }) => {
    const browserConsole = watchConsole(page, { allow: [NOT_FOUND_RESOURCE] });
    const main = page.getByRole('main');

    const listed = await everyListedOrganisation(page);
    expect(listed).not.toContain(SHARED_WITH_VIET_NAM);

    await searchOrganisations(page, 'grain storage');
    await expect(main.getByText("No organisations match 'grain storage'")).toBeVisible();

    await page.goto(`/organizations/${ids[SHARED_WITH_VIET_NAM]}`);
    await expect(main.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText(SHARED_WITH_VIET_NAM)).toHaveCount(0);

    browserConsole.expectNone();
  });
});
