// Browser story: a user subscribes to their calendar, and a revoked address stops working.
import { expect, request, test } from '@playwright/test';
import { expectAccessible, signIn, watchConsole } from './support/session.ts';

test('a user subscribes to their calendar, and a revoked address stops working', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signIn(page, 'staff@chancery.test');
  await page.goto('/calendar');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();

  // The month view is the default: a table of weeks with today marked.
  const views = main.getByRole('radiogroup', { name: 'View' });
  await expect(views.getByRole('radio', { name: 'Month' })).toBeChecked();
  const month = main.getByRole('table');
  await expect(month.getByRole('columnheader')).toHaveCount(7);
  await expect(month.locator('td[aria-current="date"]')).toHaveCount(1);
  await expectAccessible(page, 'the calendar, month view');

  // A staff member who has never subscribed is offered an address.
  await main.getByRole('button', { name: 'Create subscription address' }).click();
  const address = main.getByRole('textbox', { name: 'Your subscription address' });
  await expect(address).toHaveValue(/^https?:\/\/.+\/api\/calendar\/feed\/[^/]+\.ics$/);
  const url = await address.inputValue();
  await expect(main.getByRole('button', { name: 'Copy address' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Replace address' })).toBeVisible();
  await expectAccessible(page, 'the calendar with a new subscription address');

  // A calendar program has no session: the address alone must be enough.
  const calendarProgram = await request.newContext();
  try {
    const feed = await calendarProgram.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar\b/);
    const ics = await feed.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics).toContain('END:VCALENDAR');
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events.length, 'events in the feed').toBeGreaterThan(0);
    // The demo's meetings are timed in Jakarta; its posts and deadlines are whole days.
    expect(events.some((e) => /^DTSTART;(TZID=Asia\/Jakarta|VALUE=DATE):/m.test(e)), 'an event timed in Jakarta or lasting whole days').toBe(true);

    // Revoking needs a confirmation, and then the address stops working at once.
    await main.getByRole('button', { name: 'Revoke address' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke your calendar subscription address?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Revoke address' }).click();
    await expect(confirm).toBeHidden();
    await expect(address).toHaveCount(0);
    await expect(main.getByRole('button', { name: 'Create subscription address' })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Revoke address' })).toHaveCount(0);

    const revoked = await calendarProgram.get(url);
    expect(revoked.status()).toBe(404);
    expect(await revoked.text()).not.toContain('BEGIN:VCALENDAR');
  } finally {
    await calendarProgram.dispose();
  }

  browserConsole.expectNone();
});
