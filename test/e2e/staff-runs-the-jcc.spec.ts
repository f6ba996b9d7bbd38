// Browser story: staff schedule and record the JCC, the head of mission approves it, a delegate sees it when shared.
import fs from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { NOT_FOUND_RESOURCE, apiAs, expectAccessible, openModule, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

// Demo data (src/server/modules/meetings/demo): the JCC, its 23rd session with open action items, and 12 member parties.
const CARRIED = ['Circulate the draft CPA 2026–2030 to all delegations', 'Submit the revised AR-12 proposal'];
const MEMBER_PARTIES = 12;
/** A carried item goes on the agenda under its own words. */
const onAgenda = (item: string) => `Matters arising: ${item}`;

const tag = uniqueTag();
const title = `25th ASEAN–Russia Joint Cooperation Committee ${tag}`;
let meetingPath = '';

test.describe.configure({ mode: 'serial' });

async function chooseOption(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('dialog').getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function confirmStatus(page: Page, action: string) {
  await page.getByRole('main').getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(title);
  await dialog.getByRole('button', { name: action }).click();
  await expect(dialog).toBeHidden();
}

test('staff schedules the next JCC and keeps its record', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'staff@chancery.test');

  // The mechanisms, with their health in words.
  await openModule(page, 'Meetings');
  await expect(page).toHaveURL(/\/bodies/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Today' })).toHaveCount(0);
  await expect(main.getByRole('heading', { name: 'Mechanisms', level: 1 })).toBeVisible();
  await expect(main.getByText('Overdue').first()).toBeVisible();
  await expectAccessible(page, 'mechanisms health');
  await main.getByRole('link', { name: 'ARJCC', exact: true }).click();
  await expect(main.getByRole('heading', { name: /Joint Cooperation Committee \(ARJCC\)/, level: 1 })).toBeVisible();
  await expectAccessible(page, 'the JCC');

  // Schedule the next session, shared with Indonesia only.
  await main.getByRole('button', { name: 'Schedule meeting' }).click();
  const form = page.getByRole('dialog', { name: 'Schedule a meeting' });
  await form.getByLabel('Number').fill(String(1000 + Math.floor(Math.random() * 9000)));
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await expect(form.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Jakarta');
  await form.getByLabel('Starts').fill('2027-09-15T09:30');
  await form.getByLabel('Ends').fill('2027-09-15T16:00');
  await form.getByRole('textbox', { name: 'Venue' }).fill('ASEAN Secretariat, Jakarta');
  await chooseOption(page, 'Classification', /^Shared/);
  await form.getByRole('combobox', { name: 'Shared with parties' }).click();
  await page.getByRole('option', { name: /Indonesia/ }).click();
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(main.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(main.getByText(/09:30.*\(Asia\/Jakarta\)/).first()).toBeVisible();
  meetingPath = new URL(page.url()).pathname;

  // Matters arising: carry two open action items of earlier sessions over onto the agenda.
  await expect(main.getByRole('heading', { name: 'Matters arising' })).toBeVisible();
  for (const item of CARRIED) await main.getByRole('checkbox', { name: item }).check();
  await main.getByRole('button', { name: 'Carry over' }).click();
  const agenda = main.getByRole('list', { name: 'Agenda' });
  for (const item of CARRIED) await expect(agenda.getByText(item)).toBeVisible();
  await expect(main.getByRole('checkbox', { name: CARRIED[0] })).toHaveCount(0);
  // Reorder with the keyboard-reachable buttons.
  await main.getByRole('button', { name: `Move “${onAgenda(CARRIED[1])}” up` }).click();
  await expect(agenda.getByRole('listitem').first()).toContainText(CARRIED[1]);
  await expectAccessible(page, 'the agenda');

  // Attendance: every member state.
  await main.getByRole('tab', { name: 'Attendance' }).click();
  await main.getByRole('button', { name: 'Mark all delegations present' }).click();
  await main.getByRole('radiogroup', { name: 'Attendance of Indonesia' }).getByText('Apologies').click();
  await main.getByRole('button', { name: 'Save attendance' }).click();
  await expect(page.getByText('Attendance saved.')).toBeVisible();
  await expectAccessible(page, 'attendance');

  // Minutes of the first item.
  await main.getByRole('tab', { name: 'Minutes' }).click();
  const editor = main.getByRole('textbox', { name: `Minutes of “${onAgenda(CARRIED[1])}”` });
  await editor.click();
  await page.keyboard.type(`Viet Nam reported progress on the revised AR-12 proposal (${tag}).`);
  await main.getByRole('region', { name: `1. ${onAgenda(CARRIED[1])}` }).getByRole('button', { name: 'Save minutes' }).click();
  await expect(page.getByText(`Minutes of “${onAgenda(CARRIED[1])}” saved.`)).toBeVisible();
  await expectAccessible(page, 'minutes');

  // A decision, numbered for the body and the meeting.
  await main.getByRole('tab', { name: 'Decisions' }).click();
  await main.getByRole('button', { name: 'Record decision' }).click();
  const decision = page.getByRole('dialog', { name: 'Record decision' });
  await decision.getByRole('textbox', { name: 'Text of the decision' }).fill(`The Committee welcomed the revised AR-12 proposal (${tag}).`);
  await decision.getByRole('button', { name: 'Save' }).click();
  await expect(main.getByText(/^ARJCC-\d+\/D1$/)).toBeVisible();

  // Export the record as DOCX.
  await main.getByRole('tab', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('link', { name: 'Export DOCX' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  expect(bytes.length).toBeGreaterThan(2000);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // Staff convene and conclude the meeting but may not approve its record.
  await confirmStatus(page, 'Convene meeting');
  await expect(main.getByText('Convened', { exact: true })).toBeVisible();
  await confirmStatus(page, 'Conclude meeting');
  await expect(main.getByText('Concluded', { exact: true })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Approve record' })).toHaveCount(0);

  // What the page showed is what was stored.
  const api = await apiAs('staff@chancery.test');
  const id = meetingPath.split('/').pop();
  const attendance = (await (await api.get(`/api/meetings/${id}/attendance`)).json()) as { parties: { partyCode: string; status: string }[] };
  expect(attendance.parties.filter((p) => p.status !== 'not_recorded')).toHaveLength(MEMBER_PARTIES);
  expect(attendance.parties.find((p) => p.partyCode === 'ID')?.status).toBe('apologies');
  await api.dispose();

  await signOut(page);
  browserConsole.expectNone();
});

test('the head of mission, working in Russian, approves the record, which is then locked', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'head@chancery.test');
  await page.goto(meetingPath);
  await expect(main.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await confirmStatus(page, 'Утвердить протокол');
  await expect(main.getByText(/Протокол утверждён .* и закрыт для изменений/)).toBeVisible();
  await expect(main.getByText('Протокол утверждён', { exact: true })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Добавить пункт повестки' })).toHaveCount(0);
  await main.getByRole('tab', { name: 'Записи' }).click();
  await expect(main.getByRole('button', { name: 'Сохранить записи' })).toHaveCount(0);
  await expect(main.getByRole('button', { name: 'Корригендум' }).first()).toBeVisible();
  await expectAccessible(page, 'the approved record');
  await signOut(page);
  browserConsole.expectNone();
});

test('a delegate sees the meeting only when it is shared with their party', async ({ page }) => {
  const browserConsole = watchConsole(page, { allow: [NOT_FOUND_RESOURCE] });
  const main = page.getByRole('main');

  await signIn(page, 'delegate.id@chancery.test');
  await page.goto(meetingPath);
  await expect(main.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Convene meeting' })).toHaveCount(0);
  await main.getByRole('tab', { name: 'Minutes' }).click();
  await expect(main.getByRole('button', { name: 'Corrigendum' })).toHaveCount(0);
  await signOut(page);

  await signIn(page, 'delegate.vn@chancery.test');
  await page.goto(meetingPath);
  await expect(main.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(main.getByText(title)).toHaveCount(0);
  browserConsole.expectNone();
});
