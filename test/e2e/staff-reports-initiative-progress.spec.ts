// Browser story: staff file a progress report with an indicator, record a risk and reach a milestone on an initiative; a disbursement lowers the fund's balance on its page; a delegate of Indonesia reads the shared one without forms and does not see the mission-only one.
import { expect, test } from '@playwright/test';
import { NOT_FOUND_RESOURCE, apiAs, expectAccessible, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

const tag = uniqueTag();
const sharedTitle = `Digital skills for ASEAN officials ${tag}`;
const hiddenTitle = `Mission-only pilot ${tag}`;
let sharedPath = '';
let hiddenPath = '';

test.describe.configure({ mode: 'serial' });

test('staff file a progress report, record a risk and reach a milestone', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  const api = await apiAs('staff@chancery.test');
  const create = async (titleEn: string, access: Record<string, unknown>) => {
    const res = await api.post('/api/initiatives', { data: { titleEn, sectors: ['ict'], dacSectors: [{ code: '22040', percentage: 100 }], currency: 'USD', ...access } });
    expect(res.ok(), await res.text()).toBe(true);
    return `/initiatives/${(await res.json()).id}`;
  };
  sharedPath = await create(sharedTitle, { classification: 'shared', sharedWith: { parties: ['ID'], organizations: [] } });
  hiddenPath = await create(hiddenTitle, { classification: 'mission' });

  await signIn(page, 'staff@chancery.test');
  await page.goto(sharedPath);
  await expect(main.getByRole('heading', { name: sharedTitle, level: 1 })).toBeVisible();
  await expect(main.getByText('No progress report yet.')).toBeVisible();

  // A report for the first half-year, with one indicator.
  await main.getByRole('textbox', { name: 'Period from' }).fill('2026-01-01');
  await main.getByRole('textbox', { name: 'Period to' }).fill('2026-06-30');
  await main.getByRole('textbox', { name: 'Percent complete' }).fill('40');
  await main.getByRole('textbox', { name: 'Narrative' }).fill('Two of five cohorts trained in Jakarta.');
  await main.getByRole('button', { name: 'Add an indicator' }).click();
  const indicator = main.getByRole('group', { name: 'Indicator 1' });
  await indicator.getByRole('textbox', { name: 'Indicator' }).fill('Officials trained');
  await indicator.getByRole('textbox', { name: 'Unit' }).fill('people');
  await indicator.getByRole('textbox', { name: 'Baseline' }).fill('0');
  await indicator.getByRole('textbox', { name: 'Target' }).fill('120');
  await indicator.getByRole('textbox', { name: 'Actual' }).fill('48');
  await main.getByRole('button', { name: 'File the report' }).click();
  const indicators = main.getByRole('table', { name: /^Indicators, / });
  await expect(indicators).toContainText('Officials trained');
  await expect(indicators).toContainText('120');
  await expect(indicators).toContainText('40 %');
  await expect(main.getByTestId('progress-report')).toContainText('Two of five cohorts trained in Jakarta.');
  await expect(main.getByTestId('progress-report')).toContainText('Filed');

  // A risk: likelihood 4 × impact 5 is high.
  await main.getByRole('textbox', { name: 'Risk' }).fill('Payment routing blocked');
  await main.getByRole('combobox', { name: 'Likelihood (1–5)' }).click();
  await page.getByRole('option', { name: '4', exact: true }).click();
  await main.getByRole('combobox', { name: 'Impact (1–5)' }).click();
  await page.getByRole('option', { name: '5', exact: true }).click();
  await main.getByRole('textbox', { name: 'Owner' }).fill('Counsellor');
  await main.getByRole('button', { name: 'Record the risk' }).click();
  const risks = main.getByRole('table', { name: 'Risks, by likelihood × impact' });
  await expect(risks).toContainText('Payment routing blocked');
  await expect(risks).toContainText('High, 20');
  await risks.getByRole('button', { name: 'Close the risk “Payment routing blocked”' }).click();
  await expect(risks).toContainText('Closed');

  // A milestone, then reached.
  await main.getByRole('textbox', { name: 'Milestone' }).fill('First cohort graduates');
  await main.getByRole('textbox', { name: 'Planned' }).fill('2026-03-15');
  await main.getByRole('button', { name: 'Add the milestone' }).click();
  const milestones = main.getByRole('table', { name: 'Milestones' });
  await expect(milestones).toContainText('First cohort graduates');
  await milestones.getByRole('button', { name: 'Mark “First cohort graduates” reached today' }).click();
  await expect(milestones.getByRole('button', { name: /reached today/ })).toHaveCount(0);
  await expectAccessible(page, 'the initiative page with a report, a risk and a milestone');

  // The indicator is published as an IATI result.
  const xml = await (await api.get(`/api/initiatives${sharedPath.replace('/initiatives', '')}/iati.xml`)).text();
  expect(xml).toContain('<actual value="48"/>');
  browserConsole.expectNone();
});

test('a disbursement lowers the balance on the fund page, by year', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  const api = await apiAs('staff@chancery.test');
  const funds = await (await api.get('/api/funds?limit=100')).json();
  const fund = funds.items.find((f: { acronym: string | null }) => f.acronym === 'ARDPFF');
  const initiatives = await (await api.get(`/api/initiatives?fundId=${fund.id}&stage=in_implementation&limit=1`)).json();
  const initiative = initiatives.items[0];
  await signIn(page, 'staff@chancery.test');
  await page.goto(`/funds/${fund.id}`);
  await expect(main.getByRole('heading', { name: 'ASEAN–Russia Dialogue Partnership Financial Fund', level: 1 })).toBeVisible();
  const balance = main.getByTestId('fund-balance');
  const before = await balance.innerText();
  const byYear = main.getByRole('table', { name: 'The fund by year' });
  await expect(byYear.getByRole('rowheader', { name: '2026' })).toBeVisible();
  await expectAccessible(page, 'the fund page');

  await page.goto(`/initiatives/${initiative.id}`);
  await main.getByRole('textbox', { name: 'Date' }).fill('2026-11-20');
  await main.getByRole('textbox', { name: 'Amount (USD)' }).fill('12345.67');
  await main.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(main.getByRole('table', { name: 'Transactions' })).toContainText('12,345.67');

  await page.goto(`/funds/${fund.id}`);
  await expect(balance).not.toHaveText(before);
  const amount = (text: string) => Number(text.replace(/[^0-9.]/g, ''));
  expect(Math.round((amount(before) - amount(await balance.innerText())) * 100)).toBe(1234567);
  browserConsole.expectNone();
});

test('delegate.id reads the progress of the initiative shared with Indonesia only', async ({ page }) => {
  const browserConsole = watchConsole(page, { allow: [NOT_FOUND_RESOURCE] });
  const main = page.getByRole('main');
  await signIn(page, 'delegate.id@chancery.test');
  await page.goto(sharedPath);
  await expect(main.getByRole('heading', { name: sharedTitle, level: 1 })).toBeVisible();
  await expect(main.getByRole('table', { name: /^Indicators, / })).toContainText('Officials trained');
  await expect(main.getByRole('button', { name: 'File the report' })).toHaveCount(0);
  await expect(main.getByRole('button', { name: 'Record the risk' })).toHaveCount(0);
  await page.goto(`/initiatives?q=${encodeURIComponent(tag)}`);
  await expect(main.getByRole('link', { name: sharedTitle })).toBeVisible();
  await expect(main.getByRole('link', { name: hiddenTitle })).toHaveCount(0);
  await page.goto(hiddenPath);
  await expect(main.getByText(hiddenTitle)).toHaveCount(0);
  await signOut(page);
  browserConsole.expectNone();
});
