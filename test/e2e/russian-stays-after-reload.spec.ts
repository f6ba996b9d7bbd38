// Browser story: a liaison officer's choice of Russian survives a reload and a new sign-in.
import { type Page, expect, test } from '@playwright/test';
import { apiAs, expectAccessible, signIn, signOut, watchConsole } from './support/session.ts';

// An account no other story uses, so its remembered language cannot disturb them.
const LIAISON = 'liaison.sco@chancery.test';

async function setRememberedLanguage(language: 'en' | 'ru') {
  const api = await apiAs(LIAISON);
  const res = await api.put('/api/auth/me/preferences', { data: { language } });
  expect(res.ok()).toBe(true);
  await api.dispose();
}

async function expectRussian(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('group', { name: 'Язык' }).getByRole('button', { name: 'RU' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'Подразделы' }).getByRole('link', { name: 'Организации' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Организации' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Выйти' })).toBeVisible();
}

async function expectEnglish(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Organisations' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
}

test.beforeEach(async () => {
  await setRememberedLanguage('en');
});

test.afterEach(async () => {
  await setRememberedLanguage('en');
});

test('a liaison officer switches to Russian, and it stays Russian after a reload, a new sign-in and on another device', async ({
  page,
  browser,
}) => {
  const browserConsole = watchConsole(page);
  await signIn(page, LIAISON);
  await page.goto('/organizations');
  await expectEnglish(page);

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'RU' }).click();
  await expectRussian(page);
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Поиск' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('table', { name: 'Организации' }).getByRole('columnheader', { name: /^Название/ })).toBeVisible();
  await expectAccessible(page, 'the organisations list in Russian');

  await page.reload();
  await expectRussian(page);

  await signOut(page);
  await signIn(page, LIAISON);
  await page.goto('/organizations');
  await expectRussian(page);

  // Another browser knows nothing of this one: the language comes with the account.
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, LIAISON);
  await otherPage.goto('/organizations');
  await expectRussian(otherPage);
  await elsewhere.close();

  await page.getByRole('group', { name: 'Язык' }).getByRole('button', { name: 'EN' }).click();
  await expectEnglish(page);
  await page.reload();
  await expectEnglish(page);

  browserConsole.expectNone();
});
