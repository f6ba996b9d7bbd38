// Browser story: everyone signed in starts on Today — the mission's staff on their week, a delegate on what awaits the delegation.
import { expect, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn, uniqueTag, watchConsole } from './support/session.ts';

// Demo consultations open to the member states (src/server/modules/consultations/demo).
const CO_CHAIRS_STATEMENT = /Co-Chairs’ statement of the 24th ASEAN–Russia Joint Cooperation Committee/;

test('staff start the day on Today: consultations closing with the positions missing, their action items, and each block leads to its list', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signIn(page, 'staff@chancery.test');
  await expect(page).toHaveURL(/\/$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  const closing = main.getByRole('region', { name: 'Consultations closing' });
  const statement = closing.getByRole('listitem').filter({ has: page.getByRole('link', { name: CO_CHAIRS_STATEMENT }) });
  await expect(statement).toContainText(/\d+ positions? missing/);
  await expect(statement).toContainText('Asia/Jakarta');

  const actions = main.getByRole('region', { name: 'My action items' });
  await expect(actions.getByRole('link', { name: /Circulate the draft CPA/ })).toBeVisible();
  await expect(main.getByRole('region', { name: "Awaiting the head's approval" }).getByRole('listitem').first()).toBeVisible();
  await expect(main.getByRole('region', { name: 'Mechanisms due to meet' }).getByText('Overdue').first()).toBeVisible();
  await expectAccessible(page, 'Today (staff)');

  // "See all" opens the whole list with the same filter.
  await closing.getByRole('link', { name: /See all/ }).click();
  await expect(page).toHaveURL(/\/consultations\?.*view=open/);
  await expect(page.getByRole('main').getByRole('link', { name: CO_CHAIRS_STATEMENT })).toBeVisible();

  // The brand leads back to the day; a record opens from its block.
  await page.getByRole('banner').getByRole('link', { name: /Chancery/ }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await closing.getByRole('link', { name: CO_CHAIRS_STATEMENT }).click();
  await expect(page).toHaveURL(/\/consultations\/[0-9a-f-]{36}/);
  browserConsole.expectNone();
});

test('a delegate starts on what awaits the delegation, and sees none of the mission’s own blocks', async ({ page }) => {
  // A text circulated to Indonesia a moment ago, closing before anything else the demo holds.
  const title = `Note on the ASEAN–Russia youth exchange ${uniqueTag()}`;
  const staff = await apiAs('staff@chancery.test');
  const bodies = (await (await staff.get('/api/bodies', { params: { q: 'Joint Cooperation Committee', limit: 1 } })).json()) as { items: { id: string }[] };
  const created = await staff.post('/api/consultations', {
    data: { bodyId: bodies.items[0].id, title, method: 'comments', distribution: { parties: ['ID'] }, deadline: new Date(Date.now() + 36 * 3_600_000).toISOString(), content: '<p>Two weeks in Kazan.</p>' },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const versions = (await (await staff.get(`/api/consultations/${id}/versions`)).json()) as { items: { id: string }[] };
  expect((await staff.post(`/api/consultations/${id}/versions/${versions.items[0].id}/circulate`, { data: {} })).ok()).toBe(true);
  await staff.dispose();

  const browserConsole = watchConsole(page);
  await signIn(page, 'delegate.id@chancery.test');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  const awaiting = main.getByRole('region', { name: "Awaiting your delegation's position" });
  const row = awaiting.getByRole('listitem').first();
  await expect(row.getByRole('link', { name: title })).toBeVisible();
  await expect(row).toContainText('Asia/Jakarta');
  await expect(main.getByRole('region', { name: 'Shared with you recently' })).toBeVisible();
  // The mission's internal blocks are not offered to a delegation.
  await expect(main.getByRole('region', { name: /approval|My action items|Mechanisms/ })).toHaveCount(0);
  await expectAccessible(page, 'Today (delegate)');

  await awaiting.getByRole('link', { name: /See all/ }).click();
  await expect(page).toHaveURL(/view=awaiting_mine/);
  browserConsole.expectNone();
});

test('the head reads Today in Russian, with the records awaiting approval', async ({ page }) => {
  await signIn(page, 'head@chancery.test');
  await page.getByRole('banner').getByRole('button', { name: 'RU', exact: true }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Сегодня' })).toBeVisible();
  const approval = main.getByRole('region', { name: 'Ждут вашего утверждения' });
  await expect(approval.getByRole('listitem').first()).toContainText('Запись заседания');
  await expect(main.getByRole('region', { name: 'Консультации, которые скоро закрываются' })).toContainText('Позиций не получено');
  await expectAccessible(page, 'Today (head, Russian)');
});
