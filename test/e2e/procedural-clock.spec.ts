// Browser story: the head of mission finds the procedural clock in the calendar and in the feed, in Russian, each kind filterable, each item leading to its record.
import { expect, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn, watchConsole } from './support/session.ts';

// axe and the first page loads are slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

// Demo: the energy work plan is under silence, ending in six days (src/server/modules/consultations/demo).
const ENERGY_RU = 'План работы АСЕАН–Россия по энергетическому сотрудничеству на 2026–2030 гг.';
const SILENCE_ENDS = `Истекает процедура умолчания: ${ENERGY_RU}`;

test('the head of mission sees silence procedures ending in the calendar and the feed, in Russian, and opens the consultation from it', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signIn(page, 'head@chancery.test');
  await page.getByRole('banner').getByRole('button', { name: 'RU' }).click();
  await page.goto('/calendar?view=agenda');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Календарь' })).toBeVisible();

  // Only the ends of silence procedures: the energy work plan's is there, no meeting is.
  await main.locator('label', { hasText: 'Окончание процедур умолчания' }).click();
  await expect(main.getByRole('checkbox', { name: 'Окончание процедур умолчания' })).toBeChecked();
  await expect(page).toHaveURL(/kinds=silence_expiry/);
  const item = main.getByRole('link', { name: SILENCE_ENDS, exact: true });
  await expect(item).toBeVisible();
  await expect(main.getByRole('link', { name: /^Истекает процедура умолчания: / }).first()).toBeVisible();
  await expect(main.getByRole('link', { name: /JCC|СМК|заседание/i })).toHaveCount(0);
  await expectAccessible(page, 'the calendar filtered to silence procedures, in Russian');

  // The feed a calendar program reads is in the subscriber's language too.
  const api = await apiAs('head@chancery.test');
  try {
    const created = await api.post('/api/calendar/feed');
    expect(created.status()).toBe(201);
    const feed = await api.get(new URL((await created.json()).url).pathname);
    const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`SUMMARY:${SILENCE_ENDS}`);
    expect(ics).toMatch(/SUMMARY:Срок: /);
    // The end of silence is an exact instant in its own zone.
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes(`SUMMARY:${SILENCE_ENDS}`)) ?? '';
    expect(event).toMatch(/^DTSTART;TZID=Asia\/Jakarta:\d{8}T120000$/m);
  } finally {
    await api.dispose();
  }

  // The item leads back to its record.
  await item.click();
  await expect(page).toHaveURL(/\/consultations\/[0-9a-f-]+$/);
  await expect(main.getByRole('heading', { level: 1, name: /энергетическому сотрудничеству|Energy Cooperation Work Plan/ })).toBeVisible({ timeout: 30_000 });
  browserConsole.expectNone();
});
