// Browser story: staff log a courtesy call on the ASEAN Secretary-General with an outcome and a follow-up and find it on the ASEAN Secretariat's timeline; record a gift, put it on display and export the year's register; a Vietnamese delegate sees only the engagement shared with Viet Nam.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

const tag = uniqueTag();

test.describe.configure({ mode: 'serial' });
// Each story walks several pages with an accessibility check on each.
test.slow();

test('staff log a courtesy call with an outcome and a follow-up, and find it on the Secretariat’s timeline', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'staff@chancery.test');
  await page.goto('/dialogue/engagements/new');
  await expect(main.getByRole('heading', { name: 'Log an engagement', level: 1 })).toBeVisible();
  await main.getByRole('textbox', { name: 'Engagement' }).fill(`Courtesy call on the Secretary-General ${tag}`);
  await main.getByLabel('When').fill('2026-11-25T10:00');
  await main.getByRole('textbox', { name: 'Place' }).fill('ASEAN Secretariat, Jakarta');
  await main.getByRole('combobox', { name: 'Their participants' }).fill('Kao Kim');
  await page.getByRole('option', { name: /Kao Kim Hourn/ }).first().click();
  const orgs = main.getByRole('combobox', { name: 'Organisations' });
  await orgs.fill('ASEAN Secretariat');
  await expect(page.getByRole('option', { name: /ASEAN Secretariat/ }).first()).toBeVisible();
  await orgs.press('ArrowDown');
  await orgs.press('Enter');
  await orgs.press('Escape');
  await main.getByRole('textbox', { name: 'Outcomes' }).fill(`The Secretariat will circulate the draft agenda ${tag}.`);
  await main.getByRole('textbox', { name: 'Follow-up' }).fill(`Send our comments ${tag}`);
  await main.getByLabel('Due').fill('2026-12-20');
  await expectAccessible(page, 'the engagement form');
  await main.getByRole('button', { name: 'Save' }).click();

  await expect(main.getByRole('heading', { name: `Courtesy call on the Secretary-General ${tag}`, level: 1 })).toBeVisible();
  // The post he held that day is kept with the record.
  await expect(main.getByRole('cell', { name: /Secretary-General of ASEAN/ })).toBeVisible();
  await expect(main.getByRole('cell', { name: `Send our comments ${tag}` })).toBeVisible();
  await expectAccessible(page, 'the engagement page');

  await main.getByRole('link', { name: /All contacts with/ }).first().click();
  await expect(main.getByRole('heading', { name: /All our contacts/, level: 1 })).toBeVisible();
  await expect(main.getByRole('link', { name: `Courtesy call on the Secretary-General ${tag}` })).toBeVisible();
  await expect(main.getByRole('table', { name: 'Their officials' }).getByRole('link', { name: /Kao Kim Hourn/ })).toBeVisible();
  await expectAccessible(page, 'the timeline');
  browserConsole.expectNone();
});

test('staff record a gift received, put it on display and export the year’s register', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'staff@chancery.test');
  await page.goto('/dialogue/gifts/new');
  await main.getByLabel('Date').fill('2026-11-26');
  await main.getByRole('textbox', { name: 'Description' }).fill(`Lacquered box ${tag}`);
  await main.getByRole('textbox', { name: 'Donor (if not in the directory)' }).fill('Permanent Representative of Thailand');
  await main.getByRole('textbox', { name: 'Recipient (if not in the directory)' }).fill('Permanent Representative of Russia');
  await main.getByRole('textbox', { name: 'Estimated value' }).fill('80');
  await expectAccessible(page, 'the gift form');
  await main.getByRole('button', { name: 'Save' }).click();

  await expect(main.getByRole('heading', { name: `Lacquered box ${tag}`, level: 1 })).toBeVisible();
  await main.getByRole('combobox', { name: 'Move to' }).click();
  await page.getByRole('option', { name: 'On display' }).click();
  await main.getByRole('textbox', { name: 'Location' }).fill('Mission hall');
  await main.getByRole('button', { name: 'Record move' }).click();
  const custody = main.getByRole('table', { name: 'Custody' });
  await expect(custody.getByRole('cell', { name: 'On display' })).toBeVisible();
  await expect(custody.getByRole('cell', { name: 'Pending decision' })).toBeVisible();
  await expectAccessible(page, 'the gift page');

  await page.goto('/dialogue/gifts?year=2026');
  await expect(main.getByRole('link', { name: `Lacquered box ${tag}` })).toBeVisible();
  const download = page.waitForEvent('download');
  await main.getByRole('link', { name: 'Report 2026 (CSV)' }).click();
  const file = await (await download).path();
  const csv = await readFile(file, 'utf8');
  expect(csv).toContain('Recipient and title');
  expect(csv).toContain(`Lacquered box ${tag}`);
  expect(csv).toContain('On display — Mission hall');
  browserConsole.expectNone();
});

test('a delegate of Viet Nam sees the engagement shared with Viet Nam and nothing else', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'delegate.vn@chancery.test');
  await page.goto('/dialogue/engagements');
  await expect(main.getByRole('link', { name: 'Meeting with the Permanent Representative of Viet Nam on AR-13' })).toBeVisible();
  const table = main.getByRole('table', { name: 'Engagements' });
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(main.getByText(`Courtesy call on the Secretary-General ${tag}`)).toHaveCount(0);
  await expectAccessible(page, 'the delegate’s engagements');
  await signOut(page);
  browserConsole.expectNone();
});
