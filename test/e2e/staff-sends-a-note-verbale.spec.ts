// Browser story: staff draft a note verbale to the ASEAN Secretariat from the Russian template, the head approves it, staff dispatch it by e-mail (the outbox holds the mail with the PDF), register the reply and find both in the thread and by a word of the reply.
import { expect, test } from '@playwright/test';
import { extractText } from 'unpdf';
import { apiAs, expectAccessible, signIn, signOut, uniqueTag, watchConsole } from './support/session.ts';

const tag = uniqueTag();
const subject = `О сроках заседания Комитета ${tag}`;
const replyWord = `согласованию${tag.toLowerCase()}`;
let itemPath = '';
let number = '';

// Each step signs in as someone else; on a busy machine a step takes more than the default minute.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

test('staff draft a note verbale from the Russian template', async ({ page }) => {
  watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'staff@chancery.test');
  await page.goto('/correspondence/new');
  await expect(main.getByRole('heading', { name: 'Register an item', level: 1 })).toBeVisible();

  await main.getByRole('combobox', { name: 'Template' }).click();
  await page.getByRole('option', { name: /Вербальная нота \(Russian/ }).click();
  await main.getByRole('combobox', { name: 'Addressee 1' }).fill('ASEAN Secretariat');
  await page.getByRole('option', { name: /ASEAN Secretariat/ }).first().click();
  await main.getByRole('textbox', { name: 'E-mail for dispatch' }).fill('registry@asec.example');
  await main.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await main.getByRole('textbox', { name: 'Text of the note' }).click();
  await page.keyboard.type('предложить провести заседание Комитета в Джакарте.');
  await expectAccessible(page, 'the new note form');
  await main.getByRole('button', { name: 'Save' }).click();

  await expect(main.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
  itemPath = new URL(page.url()).pathname;
  number = (await main.getByText(/^No\. \d+\/ASEAN\/\d{4}$/).first().textContent()) ?? '';
  expect(number).toMatch(/^No\. \d+\/ASEAN\/\d{4}$/);
  await expect(main.getByText('Draft').first()).toBeVisible();
  // Staff cannot approve: the button is the head's.
  await expect(main.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expectAccessible(page, 'a draft note');
  await signOut(page);
});

test('the head approves it', async ({ page }) => {
  watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'head@chancery.test');
  await page.goto(itemPath);
  await expect(main.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
  await main.getByRole('button', { name: 'Утвердить' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Утвердить' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(main.getByText('Утверждён').first()).toBeVisible();
  await signOut(page);
});

test('staff dispatch it by e-mail, and the outbox holds the mail with the PDF', async ({ page }) => {
  watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'staff@chancery.test');
  await page.goto(itemPath);
  await main.getByRole('button', { name: 'Dispatch' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('registry@asec.example')).toBeVisible();
  await expectAccessible(page, 'the dispatch dialog');
  await dialog.getByRole('button', { name: 'Dispatch now' }).click();
  await expect(dialog).toBeHidden();
  await expect(main.getByText('Dispatched').first()).toBeVisible();
  await expect(main.getByText(/registry@asec\.example/).first()).toBeVisible();
  await signOut(page);

  // The outbox holds one mail to the Secretariat, with the note's PDF.
  await signIn(page, 'admin@chancery.test');
  await page.goto('/admin/outbox');
  await page.getByRole('button', { name: new RegExp(number.replace(/[./]/g, '\\$&')) }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('registry@asec.example')).toBeVisible();
  await expect(drawer.getByText(/\.pdf$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await signOut(page);
});

test('the PDF carries the number and the courtesy formula', async () => {
  const api = await apiAs('staff@chancery.test');
  const res = await api.get(`/api${itemPath}/document.pdf`);
  expect(res.ok()).toBe(true);
  const { text } = await extractText(new Uint8Array(await res.body()), { mergePages: true });
  const flat = (text as string).replace(/\s+/g, ' ');
  expect(flat).toContain(number);
  expect(flat).toContain('свидетельствует своё уважение Секретариату АСЕАН и имеет честь предложить');
  expect(flat).toContain('пользуется случаем, чтобы возобновить Секретариату АСЕАН уверения в своём высоком уважении');
});

test('staff register the reply and find both in the thread and by a word of the reply', async ({ page }) => {
  watchConsole(page);
  const main = page.getByRole('main');
  await signIn(page, 'staff@chancery.test');
  await page.goto(itemPath);
  await main.getByRole('button', { name: 'Register the reply' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Subject' }).fill(`Ответ Секретариата ${tag}`);
  await dialog.getByRole('textbox', { name: 'Their reference' }).fill(`ASEC/ER/${tag}`);
  await dialog.getByRole('textbox', { name: 'Text of the reply' }).fill(`Секретариат АСЕАН готов к ${replyWord} сроков заседания.`);
  await dialog.getByRole('button', { name: 'Register' }).click();

  await expect(main.getByRole('heading', { name: `Ответ Секретариата ${tag}`, level: 1 })).toBeVisible();
  await expect(main.getByText('Registered').first()).toBeVisible();
  const thread = main.getByRole('table', { name: 'Thread' });
  await expect(thread.getByRole('row')).toHaveCount(3);
  await expect(thread.getByRole('link', { name: subject })).toBeVisible();
  await expect(thread.getByText('Acknowledged')).toBeVisible();
  await expectAccessible(page, 'the reply with its thread');

  await page.goto(`/correspondence?q=${encodeURIComponent(replyWord)}`);
  await expect(main.getByRole('link', { name: `Ответ Секретариата ${tag}` })).toBeVisible();
  await expect(main.getByRole('link', { name: subject })).toHaveCount(0);
  await main.getByRole('link', { name: `Ответ Секретариата ${tag}` }).click();
  await main.getByRole('table', { name: 'Thread' }).getByRole('link', { name: subject }).click();
  await expect(main.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
});
