// Browser stories: a user sets up a second factor and signs in with a code from the app; a user signs out their other sessions.
import { expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { DEMO_PASSWORD, expectAccessible, signIn, signOut, watchConsole } from './support/session.ts';

/** The code an authenticator app shows now, or `ahead` steps of 30 seconds later (the server accepts the next step too). */
const appCode = (secret: string, ahead = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + ahead * 30 });

test('a liaison officer sets up a second factor with an authenticator app, then signs in with a code from it', async ({ page }) => {
  // The wrong code tried on purpose answers 400, which the browser notes.
  const browserConsole = watchConsole(page, { allow: [/status of 400/] });
  const email = 'liaison.sco@chancery.test';
  await signIn(page, email);
  await page.getByRole('banner').getByRole('link', { name: 'Account security' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Account security' })).toBeVisible();
  const section = main.getByRole('region', { name: 'Second factor (authenticator app)' });
  await expect(section.getByText('Off', { exact: true })).toBeVisible();
  await expectAccessible(page, 'the account security page');

  // The QR code is drawn by the server; the key is there for typing in.
  await section.getByRole('button', { name: 'Set up the second factor' }).click();
  await expect(section.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  const secret = (await section.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectAccessible(page, 'setting up the second factor');

  // A wrong code is refused in the form, naming the field.
  await section.getByLabel('Code shown by the app').fill('000000');
  await section.getByRole('button', { name: 'Confirm and switch on' }).click();
  await expect(section.getByText('The code is not correct', { exact: false }).first()).toBeVisible();
  await section.getByLabel('Code shown by the app').fill(await appCode(secret));
  await section.getByRole('button', { name: 'Confirm and switch on' }).click();

  // The recovery codes are shown once.
  const codes = section.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.allTextContents()).map((c) => c.trim());
  expect(recovery.every((c) => /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/.test(c))).toBe(true);
  await expectAccessible(page, 'the recovery codes');
  await section.getByRole('button', { name: 'I have saved them' }).click();
  await expect(codes).toHaveCount(0);
  await expect(section.getByText('On', { exact: true })).toBeVisible();
  await expect(section.getByText('10 unused recovery codes left.')).toBeVisible();

  // Signing in again: the password, then the code from the app.
  await signOut(page);
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const code = page.getByLabel('Code', { exact: true });
  await expect(code).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expectAccessible(page, 'the sign-in code step');
  await code.fill(await appCode(secret, 1));
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();

  // A recovery code works once, too.
  await signOut(page);
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Code', { exact: true }).fill(recovery[0]);
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();

  // Switching it off asks for the password; the demo account is left as it was.
  await page.goto('/account/security');
  await section.getByText('9 unused recovery codes left.').waitFor();
  await section.getByRole('button', { name: 'Switch off' }).click();
  const dialog = page.getByRole('dialog', { name: 'Switch off the second factor?' });
  await dialog.getByLabel('Current password').fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Switch off' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByText('Off', { exact: true })).toBeVisible();
  browserConsole.expectNone();
});

test('the head of mission signs out another session from the session list', async ({ browser }) => {
  const email = 'head@chancery.test';
  const office = await browser.newContext();
  const laptop = await browser.newContext();
  try {
    const here = await office.newPage();
    const there = await laptop.newPage();
    const browserConsole = watchConsole(here);
    await signIn(there, email);
    await signIn(here, email);
    // The head of mission reads Chancery in Russian.
    await here.goto('/account/security');
    const sessions = here.getByRole('region', { name: 'Где выполнен вход' });
    const rows = sessions.getByRole('table').getByRole('row');
    await expect(rows.filter({ hasText: 'Этот браузер' })).toHaveCount(1);
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    await expectAccessible(here, 'the session list');

    await sessions.getByRole('button', { name: 'Завершить другие сеансы' }).click();
    const dialog = here.getByRole('dialog', { name: 'Завершить все другие сеансы?' });
    await dialog.getByRole('button', { name: 'Завершить другие сеансы' }).click();
    await expect(dialog).toBeHidden();
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: 'Этот браузер' })).toHaveCount(1);

    // The other browser is signed out: on its next page it is a visitor.
    await there.goto('/meetings');
    await expect(there.getByRole('banner').getByRole('button', { name: /^(sign in|войти)$/i })).toBeVisible();
    // This one is still signed in.
    await here.reload();
    await expect(here.getByRole('banner').getByRole('button', { name: 'Выйти' })).toBeVisible();
    browserConsole.expectNone();
  } finally {
    await office.close();
    await laptop.close();
  }
});
