// Browser stories: a staff member makes a read-only API token, a script reads with it and is refused a change, and the token is revoked; the administrator makes a service account and a token for it.
import { expect, request, test } from '@playwright/test';
import { BASE_URL, DEMO_PASSWORD, expectAccessible, signIn, watchConsole } from './support/session.ts';

test('a staff member makes a read-only token, a script uses it, then the token is revoked', async ({ page }) => {
  const browserConsole = watchConsole(page);
  await signIn(page, 'staff@chancery.test');
  await page.goto('/account/security');
  const section = page.getByRole('region', { name: 'API tokens' });
  await expect(section.getByText('You have no API tokens.')).toBeVisible();

  await section.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New token' });
  // The name is required; the summary says so.
  await dialog.getByRole('button', { name: 'Make the token' }).click();
  await expect(dialog.getByText('Name the token', { exact: false }).first()).toBeVisible();
  await dialog.getByLabel('Name').fill('Weekly report script');
  await expect(dialog.getByLabel('Read only')).toBeChecked();
  await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Make the token' }).click();

  const shown = page.getByRole('dialog', { name: 'Your new token' });
  await expect(shown.getByText('Copy the token now')).toBeVisible();
  const secret = (await shown.getByTestId('token-secret').textContent())!.trim();
  expect(secret).toMatch(/^chy_/);
  await expectAccessible(page, 'the new token shown once');
  await shown.getByRole('button', { name: 'Done' }).click();
  const row = section.getByRole('row', { name: /Weekly report script/ });
  await expect(row).toContainText('Read only');
  await expect(row).toContainText('Active');
  await expect(section.getByText(secret)).toHaveCount(0);

  // A script (no browser session) reads with the token and is refused a change.
  const script = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  expect((await script.get('/api/organizations?limit=1')).status()).toBe(200);
  const refused = await script.post('/api/organizations', { data: { kind: 'agency', names: { en: 'Script Agency' }, classification: 'mission' } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).code).toBe('auth.read_only_token');

  // Its last use shows; revoking asks first, then the script is refused.
  await page.reload();
  await expect(section.getByRole('row', { name: /Weekly report script/ })).not.toContainText('Not used yet');
  await section.getByRole('button', { name: 'Revoke the token Weekly report script' }).click();
  await page.getByRole('dialog', { name: 'Revoke the token “Weekly report script”?' }).getByRole('button', { name: 'Revoke' }).click();
  await expect(section.getByRole('row', { name: /Weekly report script/ })).toContainText('Revoked');
  expect((await script.get('/api/organizations?limit=1')).status()).toBe(401);
  await script.dispose();
  browserConsole.expectNone();
});

test('the administrator makes a service account and a token for it', async ({ page }) => {
  const browserConsole = watchConsole(page);
  const stamp = Date.now().toString(36);
  await signIn(page, 'admin@chancery.test');
  await page.goto('/admin/users');
  await page.getByRole('button', { name: 'New account' }).click();
  const form = page.getByRole('dialog', { name: 'New account' });
  await form.getByLabel('E-mail address').fill(`robot.${stamp}@chancery.test`);
  await form.getByLabel('Name', { exact: true }).fill(`Reporting robot ${stamp}`);
  await form.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Staff' }).click();
  await form.getByLabel('Service account').check();
  await expect(form.getByLabel('Password')).toHaveCount(0);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form).toHaveCount(0);

  const panel = page.getByRole('region', { name: 'API tokens' });
  await panel.getByRole('button', { name: 'New token for a service account' }).click();
  const dialog = page.getByRole('dialog', { name: 'New token for a service account' });
  await dialog.getByRole('combobox', { name: 'Service account' }).click();
  await page.getByRole('option', { name: new RegExp(`Reporting robot ${stamp}`) }).click();
  await dialog.getByLabel('Name').fill('Nightly export');
  await dialog.getByRole('button', { name: 'Make the token' }).click();
  const secret = (await page.getByRole('dialog', { name: 'Your new token' }).getByTestId('token-secret').textContent())!.trim();
  await page.getByRole('dialog', { name: 'Your new token' }).getByRole('button', { name: 'Done' }).click();
  await expect(panel.getByRole('row', { name: /Nightly export/ })).toContainText(`Reporting robot ${stamp}`);
  await expectAccessible(page, 'the accounts page with API tokens');

  const script = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  expect((await script.get('/api/organizations?limit=1')).status()).toBe(200);
  await script.dispose();
  browserConsole.expectNone();
});
