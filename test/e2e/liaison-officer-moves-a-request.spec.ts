// Browser story: the SCO Secretariat's liaison officer sees only the SCO requests, adds a step moving one to "meeting scheduled", and staff see it move on the board; a visitor reads the public events page in Russian.
import { expect, test } from '@playwright/test';
import { EVENTS } from '../../src/server/modules/events/demo/events.data.ts';
import { expectAccessible, signIn, uniqueTag, watchConsole } from './support/session.ts';

const tag = uniqueTag();

test('the SCO liaison officer moves LR-04 to “meeting scheduled” and staff see it on the board', async ({ browser }) => {
  // Two signed-in browsers and four accessibility checks: longer than one page's story.
  test.setTimeout(180_000);
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, 'staff@chancery.test');
  await staff.goto('/liaison/requests?view=board');
  const scheduled = staff.getByTestId('board-meeting_scheduled');
  await expect(staff.getByTestId('board-acknowledged')).toContainText('LR-04');
  await expect(scheduled).not.toContainText('LR-04');
  await expectAccessible(staff, 'the liaison board');

  const context = await browser.newContext();
  const page = await context.newPage();
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'liaison.sco@chancery.test');
  await page.goto('/liaison/requests');
  await expect(main.getByRole('heading', { name: 'Liaison requests', level: 1 })).toBeVisible();
  const table = main.getByRole('table');
  for (const ref of ['LR-01', 'LR-02', 'LR-03', 'LR-04']) await expect(table.getByText(ref, { exact: true })).toBeVisible();
  for (const ref of ['LR-05', 'LR-06', 'LR-07', 'LR-08']) await expect(table.getByText(ref, { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'the liaison officer’s requests');

  await main.getByRole('link', { name: /digitalisation\/ICT convention/ }).click();
  await expect(main.getByRole('heading', { level: 1, name: /digitalisation\/ICT convention/ })).toBeVisible();
  // The mission's notes are not there for the SCO officer.
  await expect(main.getByText('Mission’s internal notes')).toHaveCount(0);
  await main.getByRole('textbox', { name: 'What was done' }).fill(`Call with ASEC digital division fixed ${tag}`);
  await main.getByRole('combobox', { name: 'Move status to' }).click();
  await page.getByRole('option', { name: 'Meeting scheduled' }).click();
  await main.getByRole('button', { name: 'Add step' }).click();
  const steps = main.getByRole('table', { name: 'Steps' });
  await expect(steps.getByText(`Call with ASEC digital division fixed ${tag}`)).toBeVisible();
  await expect(steps.getByRole('row').last()).toContainText('SCO');
  await expect(main.getByText('Meeting scheduled').first()).toBeVisible();
  await expectAccessible(page, 'a liaison request');
  browserConsole.expectNone();

  // Staff's open board catches up without a reload.
  await expect(scheduled).toContainText('LR-04', { timeout: 15_000 });
  await context.close();
  await staffContext.close();
});

test('a visitor reads the public events page in Russian, and nothing that is not public', async ({ page }) => {
  await page.goto('/public/events?lang=ru');
  await expect(page.getByRole('heading', { name: 'Открытые мероприятия', level: 1 })).toBeVisible();
  await expect(page.getByText('Постоянное представительство Российской Федерации при АСЕАН')).toBeVisible();
  for (const e of EVENTS.filter((x) => x.isPublic)) await expect(page.getByRole('heading', { name: e.names.ru, level: 2 })).toBeVisible();
  const body = await page.content();
  for (const e of EVENTS.filter((x) => !x.isPublic)) {
    expect(body).not.toContain(e.names.ru);
    expect(body).not.toContain(e.names.en);
  }
  await expectAccessible(page, 'the public events page');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Public events', level: 1 })).toBeVisible();
});
