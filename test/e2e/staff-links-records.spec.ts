// Staff link a meeting to a consultation on the meeting's page; a delegate the consultation is not circulated to never sees the link.
import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

const tag = uniqueTag();
const MEETING = `Working meeting on water security ${tag}`;
/** Circulated to Viet Nam only: Indonesia's delegate may not see it. */
const FOR_VIET_NAM = `Draft statement on river basins ${tag}`;
/** Circulated to Indonesia: linked beforehand, so the delegate's list is not empty for want of links. */
const FOR_INDONESIA = `Draft statement on coastal fisheries ${tag}`;
let meetingPath = '';

test.describe.configure({ mode: 'serial' });

async function circulatedConsultation(staff: APIRequestContext, bodyId: string, title: string, party: string): Promise<string> {
  const created = await staff.post('/api/consultations', {
    data: { bodyId, title, method: 'silence', distribution: { parties: [party] }, content: '<p>The Parties will share data.</p>' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const versions = (await (await staff.get(`/api/consultations/${id}/versions`)).json()) as { items: { id: string }[] };
  const circulated = await staff.post(`/api/consultations/${id}/versions/${versions.items[0].id}/circulate`, { data: {} });
  expect(circulated.ok(), await circulated.text()).toBe(true);
  return id;
}

test.beforeAll(async () => {
  const staff = await apiAs('staff@chancery.test');
  const bodies = (await (await staff.get('/api/bodies', { params: { q: 'ARJCC', limit: 50 } })).json()) as { items: { id: string; acronym: string | null }[] };
  const arjcc = bodies.items.find((b) => b.acronym === 'ARJCC');
  expect(arjcc, 'the JCC in the demo data').toBeDefined();
  const meeting = await staff.post('/api/meetings', {
    data: {
      bodyId: arjcc?.id,
      title: MEETING,
      startsAt: '2027-10-06T09:30:00+07:00',
      endsAt: '2027-10-06T12:30:00+07:00',
      classification: 'shared',
      sharedWith: { parties: ['ID', 'VN'] },
    },
  });
  expect(meeting.status(), await meeting.text()).toBe(201);
  const { id: meetingId } = (await meeting.json()) as { id: string };
  meetingPath = `/meetings/${meetingId}`;
  await circulatedConsultation(staff, arjcc!.id, FOR_VIET_NAM, 'VN');
  const forIndonesia = await circulatedConsultation(staff, arjcc!.id, FOR_INDONESIA, 'ID');
  const linked = await staff.post('/api/links', { data: { from: { recordType: 'meeting', recordId: meetingId }, to: { recordType: 'consultation', recordId: forIndonesia } } });
  expect(linked.status(), await linked.text()).toBe(201);
  await staff.dispose();
});

const linkedRecords = (page: Page) => page.getByRole('main').getByRole('region', { name: 'Linked records' });

test('staff link the meeting to a consultation on its page and see the link from both records', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'staff@chancery.test');
  await page.goto(meetingPath);
  await expect(main.getByRole('heading', { name: MEETING, level: 1 })).toBeVisible();
  const panel = linkedRecords(page);
  await expect(panel.getByRole('link', { name: FOR_INDONESIA })).toBeVisible();

  await panel.getByRole('button', { name: 'Link a record' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link a record to this one' });
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Choose the type of record to link');
  await dialog.getByRole('combobox', { name: 'Type of record' }).click();
  await page.getByRole('option', { name: 'Consultation', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Record', exact: true }).pressSequentially(`river basins ${tag}`, { delay: 20 });
  await page.getByRole('option', { name: FOR_VIET_NAM }).click();
  await expectAccessible(page, 'the link form');
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`“${FOR_VIET_NAM}” linked.`)).toBeVisible();
  const row = panel.getByRole('row').filter({ hasText: FOR_VIET_NAM });
  await expect(row).toContainText('Consultation');
  await expect(row).toContainText('Related');
  await expectAccessible(page, 'the meeting with its linked records');

  // From the consultation, the meeting is linked back.
  await row.getByRole('link', { name: FOR_VIET_NAM }).click();
  await expect(main.getByRole('heading', { name: FOR_VIET_NAM, level: 1 })).toBeVisible();
  const back = linkedRecords(page).getByRole('row').filter({ hasText: MEETING });
  await expect(back).toContainText('Meeting');
  await back.getByRole('link', { name: MEETING }).click();
  await expect(main.getByRole('heading', { name: MEETING, level: 1 })).toBeVisible();

  await signOut(page);
  browserConsole.expectNone();
});

test('Indonesia’s delegate sees the meeting’s link to their consultation, not the one to a consultation for Viet Nam', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'delegate.id@chancery.test');
  await page.goto(meetingPath);
  await expect(main.getByRole('heading', { name: MEETING, level: 1 })).toBeVisible();
  const panel = linkedRecords(page);
  await expect(panel.getByRole('link', { name: FOR_INDONESIA })).toBeVisible();
  await expect(panel.getByRole('row')).toHaveCount(2);
  await expect(page.getByText(FOR_VIET_NAM)).toHaveCount(0);
  // A delegate reads the links; the meeting is the mission's to change.
  await expect(panel.getByRole('button', { name: 'Link a record' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await signOut(page);
  browserConsole.expectNone();
});

test('staff remove a link after confirming which record it leads to', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signIn(page, 'staff@chancery.test');
  await page.goto(meetingPath);
  const panel = linkedRecords(page);
  await panel.getByRole('button', { name: `Remove the link to “${FOR_INDONESIA}”` }).click();
  const confirm = page.getByRole('dialog', { name: `Remove the link to “${FOR_INDONESIA}”?` });
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText(`Link to “${FOR_INDONESIA}” removed.`)).toBeVisible();
  await expect(panel.getByRole('link', { name: FOR_INDONESIA })).toHaveCount(0);
  await expect(panel.getByRole('link', { name: FOR_VIET_NAM })).toBeVisible();
  browserConsole.expectNone();
});
