// Browser story: the header's module links stay on one line beside the search in both languages; what has no room is under "More", by mouse or keyboard.
import { type Page, expect, test } from '@playwright/test';
import { expectAccessible, openModule, signIn, watchConsole } from './support/session.ts';

// axe and the first page loads are slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** The head of mission works in Russian (set again: another story may have switched). */
async function inRussian(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'RU' }).click();
  await expect(page.getByRole('banner').getByRole('navigation', { name: 'Разделы системы' })).toBeVisible();
}

/** The right edge of the last module link or "More", and the left edge of the search button. */
async function edges(page: Page) {
  const nav = page.getByRole('banner').getByRole('navigation', { name: /^(Modules|Разделы системы)$/ });
  const items = nav.locator(':scope a, :scope button');
  const count = await items.count();
  const lastBox = await items.nth(count - 1).boundingBox();
  const searchBox = await page.getByRole('banner').getByRole('button', { name: /search|поиск/i }).boundingBox();
  return { lastRight: (lastBox?.x ?? 0) + (lastBox?.width ?? 0), searchLeft: searchBox?.x ?? 0, links: await nav.getByRole('link').count() };
}

for (const width of [1280, 1920]) {
  test(`the head of mission's header at ${width} px keeps every module within reach in Russian and English`, async ({ page }) => {
    const browserConsole = watchConsole(page);
    await page.setViewportSize({ width, height: 800 });
    await signIn(page, 'head@chancery.test');
    await inRussian(page);
    const ru = await edges(page);
    expect(ru.lastRight).toBeLessThanOrEqual(ru.searchLeft);
    // Every module is a link or an item under "Ещё": the calendar and the audit log included.
    await openModule(page, 'Календарь');
    await expect(page).toHaveURL(/\/calendar/);
    await openModule(page, 'Журнал изменений');
    await expect(page).toHaveURL(/\/audit/);
    // The current module stays in sight among the links.
    await expect(page.getByRole('banner').getByRole('link', { name: 'Журнал изменений' })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page, `audit log in Russian at ${width} px`);

    await page.getByRole('banner').getByRole('button', { name: 'EN' }).click();
    await expect(page.getByRole('banner').getByRole('navigation', { name: 'Modules' })).toBeVisible();
    const en = await edges(page);
    expect(en.lastRight).toBeLessThanOrEqual(en.searchLeft);
    if (width === 1920) expect(en.links).toBeGreaterThanOrEqual(6);
    await page.getByRole('banner').getByRole('button', { name: 'RU' }).click();
    browserConsole.expectNone();
  });
}

test('"More" opens with the keyboard and leads to the module chosen with the arrow keys', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'head@chancery.test');
  await inRussian(page);
  const more = page.getByRole('banner').getByRole('button', { name: 'Ещё' });
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const items = menu.getByRole('menuitem');
  const names = await items.allTextContents();
  expect(names).toContain('Календарь');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < names.indexOf('Календарь'); i++) await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Календарь' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/calendar/);
});

test('every module shows its pages the same way: one row of links above the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'staff@chancery.test');
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await openModule(page, 'Directory');
  await expect(sections.getByRole('link', { name: 'People' })).toBeVisible();
  await openModule(page, 'Meetings');
  await expect(sections.getByRole('link', { name: 'Decisions register' })).toBeVisible();
  await openModule(page, 'Consultations');
  await expect(sections.getByRole('link', { name: 'Positions matrix' })).toBeVisible();
  await sections.getByRole('link', { name: 'Positions matrix' }).click();
  await expect(sections.getByRole('link', { name: 'Positions matrix' })).toHaveAttribute('aria-current', 'page');
});
