// Browser story: staff put a text under silence, Viet Nam enters a reservation and Indonesia breaks silence.
import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { apiAs, expectAccessible, expectToastsAccessible, openModule, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

// Demo data: the ASEAN–Russia JCC (ARJCC) has 12 member parties and a planned next session,
// under which an adopted text gets its decision number.
const MEMBER_PARTIES = 12;
const tag = uniqueTag();
const broken = `Joint statement on digital connectivity ${tag}`;
const adopted = `Terms of reference of the working group ${tag}`;
let brokenPath = '';

test.describe.configure({ mode: 'serial' });

/** A wall-clock time in Jakarta (UTC+7 all year) a given number of days ahead, as a datetime-local field takes it. */
function jakartaNoonInDays(days: number): string {
  const jakarta = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return `${jakarta.toISOString().slice(0, 10)}T12:00`;
}

async function choose(page: Page, scope: ReturnType<Page['getByRole']> | Page, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function openBell(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).click();
  return page.getByRole('dialog', { name: 'Notifications' });
}

async function arjcc(api: APIRequestContext): Promise<{ id: string; memberParties: string[] }> {
  const res = await api.get('/api/bodies', { params: { q: 'ARJCC', limit: 50 } });
  expect(res.ok()).toBe(true);
  const body = ((await res.json()) as { items: { id: string; acronym: string | null; memberParties: string[] }[] }).items.find((b) => b.acronym === 'ARJCC');
  expect(body, 'the ARJCC in the demo data').toBeTruthy();
  return body as { id: string; memberParties: string[] };
}

test.describe('the mission', () => {
  test.use({ timezoneId: 'Europe/Moscow' });

  test('staff circulate a draft to every member state of the JCC and put it under silence', async ({ page }) => {
    const browserConsole = watchConsole(page);
    const main = page.getByRole('main');
    await signIn(page, 'staff@chancery.test');

    await openModule(page, 'Consultations');

    await expect(page).toHaveURL(/\/consultations/);
    // The module's page has replaced Today (which lists some of the same records).
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Today' })).toHaveCount(0);
    await expect(main.getByRole('heading', { name: 'Consultations', level: 1 })).toBeVisible();
    await expect(main.getByRole('radiogroup', { name: 'Views' })).toBeVisible();
    await expectAccessible(page, 'the consultations list');

    // A new consultation: the body's member parties become the distribution list.
    await main.getByRole('button', { name: 'New consultation' }).click();
    await expect(main.getByRole('heading', { name: 'New consultation', level: 1 })).toBeVisible();
    await choose(page, main, 'Body', /^ARJCC — /);
    await expect(main.getByRole('button', { name: `All ${MEMBER_PARTIES} member parties of ARJCC` })).toBeVisible();
    await main.getByRole('textbox', { name: 'Title', exact: true }).fill(broken);
    await main.getByRole('textbox', { name: 'Reference' }).fill(`CPR/${tag}`);
    await expect(main.getByRole('radio', { name: 'Silence procedure' })).toBeChecked();
    await main.getByRole('textbox', { name: 'Text of version 1' }).click();
    await page.keyboard.type('The Parties reaffirm their commitment to digital connectivity across the region.');
    await expectAccessible(page, 'the new consultation form');
    await main.getByRole('button', { name: 'Save' }).click();

    await expect(main.getByRole('heading', { name: broken, level: 1 })).toBeVisible();
    await expect(main.getByText('Draft', { exact: true })).toBeVisible();
    brokenPath = new URL(page.url()).pathname;

    // Circulating the first version opens it and shares it with the list.
    await main.getByRole('button', { name: 'Circulate' }).click();
    const circulate = page.getByRole('dialog', { name: `Circulate version 1 of “${broken}”?` });
    await circulate.getByRole('button', { name: 'Circulate' }).click();
    await expect(circulate).toBeHidden();
    await expect(main.getByText('Open', { exact: true })).toBeVisible();
    await expect(main.getByText(`0 of ${MEMBER_PARTIES} responded`)).toBeVisible();

    // Silence until noon in Jakarta a week from now.
    await main.getByRole('button', { name: 'Launch silence procedure' }).click();
    const launch = page.getByRole('dialog', { name: `Launch silence procedure on “${broken}”` });
    await expect(launch.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Jakarta');
    await launch.getByLabel('Expiry').fill(jakartaNoonInDays(7));
    // The resulting instant on the user's own clocks (Moscow is four hours behind Jakarta).
    await expect(launch.getByText(/That is .*08:00.*\(Europe\/Moscow\) your time\./)).toBeVisible();
    await expect(launch.getByText(/adopted at .*12:00.*\(Asia\/Jakarta\)/)).toBeVisible();
    await launch.getByRole('button', { name: 'Launch silence procedure' }).click();
    await expect(launch).toBeHidden();

    await expect(main.getByText('Silence procedure on version 1 expires')).toBeVisible();
    await expect(main.getByText(/Procedure time: .*12:00.*\(Asia\/Jakarta\)/).first()).toBeVisible();
    await expect(main.getByRole('timer')).toContainText('Closes in');
    await expectAccessible(page, 'the consultation under silence');

    await signOut(page);
    browserConsole.expectNone();
  });
});

test.describe('the delegations', () => {
  test.use({ timezoneId: 'Asia/Ho_Chi_Minh' });

  test('Viet Nam finds the text in its inbox and enters a scrutiny reservation', async ({ page }) => {
    const browserConsole = watchConsole(page);
    const main = page.getByRole('main');
    await signIn(page, 'delegate.vn@chancery.test');

    // Delegates land on what awaits their delegation.
    await openModule(page, 'Consultations');
    await expect(page).toHaveURL(/\/consultations/);
    // The module's page has replaced Today (which lists some of the same records).
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Today' })).toHaveCount(0);
    await expect(main.getByRole('heading', { name: 'Awaiting my delegation’s position', level: 1 })).toBeVisible();
    const row = main.getByRole('row').filter({ hasText: broken });
    await expect(row).toBeVisible();
    // The deadline on the delegate's clocks (Chromium names Ho Chi Minh City's zone by its older alias) and the procedure's.
    await expect(row.getByText(/Your time: .*12:00.*\(Asia\/(Ho_Chi_Minh|Saigon)\)/)).toBeVisible();
    await expect(row.getByText(/Procedure time: .*12:00.*\(Asia\/Jakarta\)/)).toBeVisible();
    await expectAccessible(page, 'the inbox');

    await row.getByRole('button', { name: `Other response to “${broken}”` }).click();
    const respond = page.getByRole('dialog', { name: `Respond to “${broken}”` });
    await respond.getByRole('radio', { name: 'Reservation', exact: true }).check();
    await respond.getByRole('radio', { name: 'Scrutiny reservation' }).check();
    await expect(respond.getByText(/breaks silence/)).toHaveCount(0);
    await respond.getByRole('textbox', { name: 'Text of the reservation' }).fill('Subject to the conclusion of inter-agency consultations in Ha Noi.');
    await respond.getByRole('button', { name: 'Save' }).click();
    await expect(respond).toBeHidden();
    await expect(page.getByText('Position of Viet Nam recorded: Reservation.')).toBeVisible();
    await expectToastsAccessible(page, 'the confirmation toast');
    await expect(main.getByRole('row').filter({ hasText: broken })).toHaveCount(0);

    // The page shows the delegation's standing; a reservation does not break silence.
    await page.goto(brokenPath);
    await expect(main.getByRole('heading', { name: broken, level: 1 })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Position of Viet Nam' }).getByText('Scrutiny reservation', { exact: true })).toBeVisible();
    await expect(main.getByRole('timer')).toContainText('Closes in');
    await signOut(page);
    browserConsole.expectNone();
  });

  test('Indonesia objects, which breaks silence at once', async ({ page }) => {
    const browserConsole = watchConsole(page);
    const main = page.getByRole('main');
    await signIn(page, 'delegate.id@chancery.test');
    await openModule(page, 'Consultations');
    await expect(page).toHaveURL(/\/consultations/);
    // The module's page has replaced Today (which lists some of the same records).
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Today' })).toHaveCount(0);
    await main.getByRole('link', { name: broken }).click();
    await expect(main.getByRole('heading', { name: broken, level: 1 })).toBeVisible();

    const panel = main.getByRole('region', { name: 'Position of Indonesia' });
    await expect(panel.getByText('No response')).toBeVisible();
    await panel.getByRole('button', { name: `Other response to “${broken}”` }).click();
    const respond = page.getByRole('dialog', { name: `Respond to “${broken}”` });
    await respond.getByRole('radio', { name: 'Objection', exact: true }).check();
    await expect(respond.getByText('An objection or an amendment breaks silence', { exact: false })).toBeVisible();
    await respond.getByRole('textbox', { name: 'Reason for the objection' }).fill('Paragraph 3 prejudges the outcome of the ongoing negotiations.');
    await respond.getByRole('button', { name: 'Save' }).click();
    await expect(respond).toBeHidden();

    const outcome = main.getByRole('status', { name: 'Outcome' });
    await expect(outcome).toContainText(/Not adopted — silence broken by Indonesia at \d\d:\d\d( [AP]M)? GMT\+7/);
    await expect(main.getByText('Not adopted', { exact: true })).toBeVisible();
    await expect(main.getByRole('timer')).toHaveCount(0);

    // Indonesia was told of the procedure when it was launched, and gets the outcome in writing like every delegation.
    const bell = await openBell(page);
    await expect(bell.getByText(`Silence procedure: ${broken}`)).toBeVisible();
    await expect(bell.getByText(`Silence broken: ${broken}`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'the broken procedure');
    await signOut(page);
    browserConsole.expectNone();
  });

  test('Viet Nam is told that silence was broken and sees the outcome', async ({ page }) => {
    const browserConsole = watchConsole(page);
    const main = page.getByRole('main');
    await signIn(page, 'delegate.vn@chancery.test');
    const bell = await openBell(page);
    await bell.getByText(`Silence broken: ${broken}`).click();
    await expect(page).toHaveURL(new RegExp(`${brokenPath}$`));
    await expect(main.getByRole('status', { name: 'Outcome' })).toContainText('Not adopted — silence broken by Indonesia');

    // Positions: Indonesia's objection broke silence; Viet Nam's reservation stands; the others never answered.
    await main.getByRole('tab', { name: 'Positions' }).click();
    const indonesia = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Indonesia' }) });
    await expect(indonesia.getByText('Objection', { exact: true })).toBeVisible();
    await expect(indonesia.getByText('Broke silence')).toBeVisible();
    const vietNam = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Viet Nam' }) });
    await expect(vietNam.getByText('Scrutiny reservation')).toBeVisible();
    await expect(main.getByText(`${MEMBER_PARTIES - 2} delegations have not responded yet.`)).toBeVisible();
    await expectAccessible(page, 'positions');

    await main.getByRole('tab', { name: 'Timeline' }).click();
    await expect(main.getByText('Silence broken by Indonesia', { exact: true })).toBeVisible();
    await signOut(page);
    browserConsole.expectNone();
  });
});

test.describe('a text nobody objects to', () => {
  test('is adopted at the expiry of its silence procedure and numbered in the JCC register', async ({ browser }) => {
    test.setTimeout(150_000);
    // Set up through the API: a circulated text with the whole JCC on its list.
    const staff = await apiAs('staff@chancery.test');
    const body = await arjcc(staff);
    const created = await staff.post('/api/consultations', {
      data: { bodyId: body.id, title: adopted, method: 'silence', distribution: { parties: body.memberParties }, content: '<p>The working group meets twice a year.</p>' },
    });
    expect(created.status()).toBe(201);
    const { id, currentVersion } = (await created.json()) as { id: string; currentVersion: { id: string } | null };
    const versions = (await (await staff.get(`/api/consultations/${id}/versions`)).json()) as { items: { id: string }[] };
    const versionId = currentVersion?.id ?? versions.items[0].id;
    expect((await staff.post(`/api/consultations/${id}/versions/${versionId}/circulate`, { data: {} })).ok()).toBe(true);

    // Viet Nam answers with one click from its inbox.
    const delegateContext = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh' });
    const delegate = await delegateContext.newPage();
    const delegateConsole = watchConsole(delegate);
    await signIn(delegate, 'delegate.vn@chancery.test');
    await delegate.goto('/consultations/inbox');
    const row = delegate.getByRole('main').getByRole('row').filter({ hasText: adopted });
    await row.getByRole('button', { name: `No objection to “${adopted}”` }).click();
    // A formal position is asked once, naming the text and the party.
    await delegate.getByRole('dialog', { name: `Record no objection of Viet Nam to “${adopted}”?` }).getByRole('button', { name: 'Record no objection' }).click();
    await expect(delegate.getByText(`No objection of Viet Nam to “${adopted}” recorded.`)).toBeVisible();
    await expect(delegate.getByRole('main').getByRole('row').filter({ hasText: adopted })).toHaveCount(0);
    delegateConsole.expectNone();
    await delegateContext.close();

    // Silence for 25 seconds.
    const launched = await staff.post(`/api/consultations/${id}/silence`, { data: { action: 'launch', expiresAt: new Date(Date.now() + 25_000).toISOString(), timeZone: 'Asia/Jakarta' } });
    expect(launched.ok(), await launched.text()).toBe(true);
    await staff.dispose();

    const context = await browser.newContext({ timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    const browserConsole = watchConsole(page);
    const main = page.getByRole('main');
    await signIn(page, 'staff@chancery.test');
    await page.goto(`/consultations/${id}`);
    await expect(main.getByRole('heading', { name: adopted, level: 1 })).toBeVisible();
    await expect(main.getByRole('timer')).toContainText('Closes in');

    // The job worker records the outcome at the expiry; the page picks it up without a reload.
    const outcome = main.getByRole('status', { name: 'Outcome' });
    await expect(outcome).toContainText('Adopted — decision', { timeout: 60_000 });
    await expect(outcome.getByRole('link', { name: /^ARJCC-\d+\/D\d+$/ })).toBeVisible();
    await expect(main.getByText('Adopted', { exact: true })).toBeVisible();
    await main.getByRole('tab', { name: 'Timeline' }).click();
    await expect(main.getByText(/^Adopted — ARJCC-\d+\/D\d+$/)).toBeVisible();

    // The positions matrix shows both texts with each delegation's answer in words.
    await page.goto('/consultations/matrix?view=all');
    await expect(main.getByRole('heading', { name: 'Positions matrix', level: 1 })).toBeVisible();
    const adoptedRow = main.getByRole('row').filter({ has: page.getByRole('link', { name: adopted }) });
    await expect(adoptedRow.getByText('No objection', { exact: true })).toBeVisible();
    await expect(adoptedRow.getByText('No response').first()).toBeVisible();
    const brokenRow = main.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(broken) }) });
    await expect(brokenRow.getByText('Objection', { exact: true })).toBeVisible();
    await expectAccessible(page, 'the positions matrix');
    browserConsole.expectNone();
    await context.close();
  });
});
