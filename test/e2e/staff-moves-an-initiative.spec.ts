// Browser story: staff record an initiative with its DAC sector, move it along the pipeline past a refused gate, record a disbursement; a delegate does not see it.
import { expect, test } from '@playwright/test';
import { NOT_FOUND_RESOURCE, apiAs, expectAccessible, openModule, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

const tag = uniqueTag();
const title = `Energy statistics cooperation ${tag}`;
let initiativePath = '';

test.describe.configure({ mode: 'serial' });

/** The browser's note when the refused move answers 409, which the dialog explains. */
const REFUSED = /Failed to load resource: the server responded with a status of 409/;

test('staff record an initiative and move it along the pipeline', async ({ page }) => {
  const browserConsole = watchConsole(page, { allow: [REFUSED] });
  const main = page.getByRole('main');
  const api = await apiAs('staff@chancery.test');
  const fund = await api.post('/api/funds', { data: { names: { en: `Test fund ${tag}` }, acronym: `TF${tag}`.slice(0, 12), currency: 'USD', classification: 'mission' } });
  expect(fund.ok(), await fund.text()).toBe(true);
  await signIn(page, 'staff@chancery.test');

  await openModule(page, 'Initiatives');
  await expect(main.getByRole('heading', { name: 'Sectoral initiatives', level: 1 })).toBeVisible();
  await expectAccessible(page, 'the initiatives table');
  await main.getByRole('button', { name: 'New initiative' }).click();

  // The form: a title, one DAC code at 100 %, the fund.
  await main.getByRole('textbox', { name: 'Title in English' }).fill(title);
  await main.getByRole('button', { name: 'Add a DAC code' }).click();
  await main.getByRole('combobox', { name: 'DAC code 1' }).fill('22040');
  await page.getByRole('option', { name: /^22040/ }).first().click();
  await expect(main.getByText('Total: 100 %')).toBeVisible();
  await main.getByRole('combobox', { name: 'Fund' }).click();
  await page.getByRole('option', { name: new RegExp(`Test fund ${tag}`) }).click();
  await expectAccessible(page, 'the initiative form');
  await main.getByRole('button', { name: 'Save' }).click();

  await expect(main.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  initiativePath = new URL(page.url()).pathname;
  await expect(main.getByText('Idea').first()).toBeVisible();

  const moveTo = async (action: string) => {
    await main.getByRole('button', { name: action }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(`Step: ${action}`);
    await dialog.getByRole('button', { name: action }).click();
  };
  for (const action of ['Concept note ready', 'Proposal submitted', 'Sent for ASEC appraisal']) {
    await moveTo(action);
    await expect(page.getByRole('dialog')).toBeHidden();
  }

  // Endorsement is refused until the sponsoring body is named, and the dialog says so.
  await moveTo('Endorsed by sponsoring body');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toContainText('The move is refused');
  await expect(dialog.getByRole('alert')).toContainText('Name the ASEAN sponsoring body');
  await expectAccessible(page, 'a refused move');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await main.getByRole('button', { name: 'Edit' }).click();
  await main.getByRole('combobox', { name: 'Sponsoring body' }).click();
  await page.getByRole('option', { name: /^ARJCC/ }).first().click();
  await main.getByRole('button', { name: 'Save' }).click();
  await expect(main.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await moveTo('Endorsed by sponsoring body');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(main.getByRole('table', { name: 'Stage history' })).toContainText('Step: Endorsed by sponsoring body');

  // A disbursement in dollars and cents, shown back exactly.
  await main.getByRole('textbox', { name: 'Date' }).fill('2026-02-01');
  await main.getByRole('textbox', { name: 'Amount (USD)' }).fill('1500.25');
  await main.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(main.getByRole('table', { name: 'Transactions' })).toContainText('1,500.25');
  await expect(main.getByText('USD 1,500.25').first()).toBeVisible();

  // The table finds it by its stage.
  await page.goto('/initiatives?stage=sponsoring_body_endorsed');
  await expect(main.getByRole('link', { name: title })).toBeVisible();
  browserConsole.expectNone();
});

test('a delegate does not see an initiative kept for the mission', async ({ page }) => {
  const browserConsole = watchConsole(page, { allow: [NOT_FOUND_RESOURCE] });
  const main = page.getByRole('main');
  await signIn(page, 'delegate.id@chancery.test');
  await page.goto(`/initiatives?q=${encodeURIComponent(tag)}`);
  await expect(main.getByRole('heading', { name: 'Sectoral initiatives', level: 1 })).toBeVisible();
  await expect(main.getByText('No initiative matches')).toBeVisible();
  await page.goto(initiativePath);
  await expect(main.getByText(title)).toHaveCount(0);
  await signOut(page);
  browserConsole.expectNone();
});
