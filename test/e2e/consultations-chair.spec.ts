// Browser story: staff chair a consultation, a delegation reads it, the head of mission withdraws it in Russian.
import { type Page, expect, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

const tag = uniqueTag();
const title = `Work plan on marine cooperation ${tag}`;
let path = '';

test.describe.configure({ mode: 'serial' });
test.use({ timezoneId: 'Asia/Jakarta' });

function jakartaNoonInDays(days: number): string {
  const jakarta = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return `${jakarta.toISOString().slice(0, 10)}T12:00`;
}

async function chairAction(page: Page, action: string) {
  await page.getByRole('main').getByRole('button', { name: /^(Chair’s actions|Действия председателя)$/ }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test('staff revise the text, run and withdraw a silence procedure, and keep a mission-only note', async ({ page }) => {
  // A circulated text whose positions only the mission sees.
  const staff = await apiAs('staff@chancery.test');
  const bodies = (await (await staff.get('/api/bodies', { params: { q: 'ARJCC', limit: 50 } })).json()) as { items: { id: string; acronym: string | null }[] };
  const arjcc = bodies.items.find((b) => b.acronym === 'ARJCC');
  const created = await staff.post('/api/consultations', {
    data: { bodyId: arjcc?.id, title, method: 'silence', positionsVisibility: 'mission', distribution: { parties: ['ID', 'VN', 'TH'] }, content: '<p>The Parties will exchange data on fisheries.</p>' },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const versions = (await (await staff.get(`/api/consultations/${id}/versions`)).json()) as { items: { id: string }[] };
  expect((await staff.post(`/api/consultations/${id}/versions/${versions.items[0].id}/circulate`, { data: {} })).ok()).toBe(true);
  await staff.dispose();
  path = `/consultations/${id}`;

  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'staff@chancery.test');
  await page.goto(path);
  await expect(main.getByRole('heading', { name: title, level: 1 })).toBeVisible();

  // The record's own fields are edited apart from its text.
  await main.getByRole('link', { name: 'Edit' }).click();
  await expect(main.getByRole('heading', { name: 'Edit consultation', level: 1 })).toBeVisible();
  await main.getByRole('textbox', { name: 'Reference' }).fill(`MAR/${tag}`);
  await main.getByRole('button', { name: 'Save' }).click();
  await expect(main.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(main.getByText(`MAR/${tag}`)).toBeVisible();

  // A second version: drafted from the first, edited, circulated; the redline shows what changed.
  await main.getByRole('button', { name: 'New draft version' }).click();
  await expect(main.getByRole('combobox', { name: 'Version' })).toHaveValue('Version 2 — draft');
  const editor = main.getByRole('textbox', { name: `Text of version 2 of “${title}”` });
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and on marine pollution');
  await main.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft of version 2 saved.')).toBeVisible();
  await main.getByRole('button', { name: 'Circulate' }).click();
  await page.getByRole('dialog', { name: `Circulate version 2 of “${title}”?` }).getByRole('button', { name: 'Circulate' }).click();
  await expect(main.getByRole('combobox', { name: 'Version' })).toHaveValue(/^Version 2 — circulated/);
  await expect(main.getByRole('insertion').filter({ hasText: 'and on marine pollution' })).toBeVisible();
  await expect(main.getByRole('note', { name: 'Legend' })).toContainText('inserted text');
  await expectAccessible(page, 'the text with its redline');

  // Silence on version 2; then a later expiry, with a reason; then withdrawn altogether.
  await main.getByRole('button', { name: 'Launch silence procedure' }).click();
  const launch = page.getByRole('dialog', { name: `Launch silence procedure on “${title}”` });
  await expect(launch.getByRole('combobox', { name: 'Version' })).toHaveValue('Version 2');
  await launch.getByLabel('Expiry').fill(jakartaNoonInDays(3));
  await launch.getByRole('button', { name: 'Launch silence procedure' }).click();
  await expect(main.getByText('Silence procedure on version 2 expires')).toBeVisible();

  await chairAction(page, 'Extend the procedure');
  const extend = page.getByRole('dialog', { name: `Extend the silence procedure on “${title}”` });
  await extend.getByLabel('New expiry').fill(jakartaNoonInDays(2));
  await extend.getByRole('button', { name: 'Extend the procedure' }).click();
  await expect(extend.getByText('The new expiry must be later than the current one').first()).toBeVisible();
  await extend.getByLabel('New expiry').fill(jakartaNoonInDays(5));
  await extend.getByRole('textbox', { name: 'Reason' }).fill('Two capitals asked for more time.');
  await extend.getByRole('button', { name: 'Extend the procedure' }).click();
  await expect(extend).toBeHidden();
  await main.getByRole('tab', { name: 'Timeline' }).click();
  await expect(main.getByText(/^Expiry extended from .* to .*\(Asia\/Jakarta\)$/)).toBeVisible();
  await expect(main.getByText('Two capitals asked for more time.')).toBeVisible();

  await chairAction(page, 'Withdraw the procedure');
  const withdraw = page.getByRole('dialog', { name: `Withdraw the silence procedure on “${title}”?` });
  await expect(withdraw).toContainText('The consultation stays open');
  await withdraw.getByRole('button', { name: 'Withdraw the procedure' }).click();
  await expect(withdraw).toBeHidden();
  await expect(main.getByRole('timer')).toHaveCount(0);
  await expect(main.getByText('Silence procedure withdrawn', { exact: true })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Launch silence procedure' })).toBeVisible();

  // Thailand's position, given by note verbale, recorded by the mission on its behalf.
  await main.getByRole('tab', { name: 'Positions' }).click();
  await main.getByRole('combobox', { name: 'Record a position on a delegation’s behalf' }).click();
  await page.getByRole('option', { name: 'Thailand' }).click();
  await main.getByRole('button', { name: 'Record no objection for Thailand' }).click();
  await page.getByRole('dialog', { name: /^Record no objection of Thailand to/ }).getByRole('button', { name: 'Record no objection' }).click();
  await expect(main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Thailand' }) }).getByText('No objection', { exact: true })).toBeVisible();

  // The thread: a mission-only note, and a comment that tells Indonesia's delegate.
  await main.getByRole('tab', { name: 'Thread' }).click();
  await main.getByRole('textbox', { name: 'Comment' }).fill(`Thailand confirmed by note verbale ${tag}.`);
  await main.getByRole('switch', { name: 'Mission-only note' }).check();
  await main.getByRole('button', { name: 'Post mission-only note' }).click();
  await expect(main.getByRole('listitem').filter({ hasText: `Thailand confirmed by note verbale ${tag}.` }).getByText('Mission only — not visible to delegations')).toBeVisible();
  await main.getByRole('switch', { name: 'Mission-only note' }).uncheck();
  await main.getByRole('textbox', { name: 'Comment' }).fill(`Indonesia, could you confirm paragraph 2? ${tag}`);
  await main.getByRole('combobox', { name: 'Notify people' }).click();
  await page.getByRole('option', { name: /Rina Percobaan/ }).click();
  await page.keyboard.press('Escape');
  await main.getByRole('button', { name: 'Post comment' }).click();
  await expect(main.getByText('Notified: Rina Percobaan')).toBeVisible();
  await expectAccessible(page, 'the thread');
  await signOut(page);
  browserConsole.expectNone();
});

test('Indonesia sees the comment addressed to it, but neither the note nor the others’ positions', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'delegate.id@chancery.test');
  await page.getByRole('banner').getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).click();
  await page.getByRole('dialog', { name: 'Notifications' }).getByText(title).first().click();
  await expect(main.getByRole('heading', { name: title, level: 1 })).toBeVisible();

  await main.getByRole('tab', { name: 'Thread' }).click();
  await expect(main.getByText(`Indonesia, could you confirm paragraph 2? ${tag}`)).toBeVisible();
  await expect(main.getByText(`Thailand confirmed by note verbale ${tag}.`)).toHaveCount(0);
  await expect(main.getByRole('switch', { name: 'Mission-only note' })).toHaveCount(0);

  await main.getByRole('tab', { name: 'Positions' }).click();
  const thailand = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Thailand' }) });
  await expect(thailand.getByText('Not visible to you').first()).toBeVisible();
  await expect(thailand.getByText('No objection', { exact: true })).toHaveCount(0);
  const indonesia = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Indonesia' }) });
  await expect(indonesia.getByText('No response')).toBeVisible();
  await expectAccessible(page, 'positions kept to the mission');
  await signOut(page);
  browserConsole.expectNone();
});

test('the head of mission, working in Russian, withdraws the consultation', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'head@chancery.test');
  await page.goto(path);
  await expect(main.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await chairAction(page, 'Отозвать консультацию');
  const dialog = page.getByRole('dialog', { name: `Отозвать консультацию «${title}»?` });
  await expect(dialog).toContainText('Отменить это нельзя.');
  await dialog.getByRole('textbox', { name: 'Причина' }).fill('Текст будет внесён заново после консультаций экспертов.');
  await dialog.getByRole('button', { name: 'Отозвать консультацию' }).click();
  await expect(dialog).toBeHidden();
  await expect(main.getByRole('status', { name: 'Итог' })).toContainText('Отозвана — позиции больше не принимаются');
  await expect(main.getByRole('status', { name: 'Итог' })).toContainText('Текст будет внесён заново после консультаций экспертов.');
  await expect(main.getByText('Отозвана', { exact: true })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Запустить процедуру молчания' })).toHaveCount(0);
  await expectAccessible(page, 'a withdrawn consultation in Russian');
  await signOut(page);
  browserConsole.expectNone();
});
