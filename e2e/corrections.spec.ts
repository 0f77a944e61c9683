import { expectNoSeriousViolations } from './accessibility';
import { editorToken } from './editor-token';
import { expect, test } from './fixtures';

// Readers' corrections and the editor's desk change the data: they run in the 'editing'
// project, after the readers' journeys, one after another.
test.describe.configure({ mode: 'serial' });

const event = '2016-12-29-us-expels-35';
const payload = '<img src=x onerror=alert(1)>';

async function signIn(page: import('@playwright/test').Page, baseURL: string) {
  const response = await page.request.post('/api/session', {
    headers: { origin: baseURL },
    data: { token: editorToken },
  });
  expect(response.ok()).toBe(true);
}

test('a correction submitted without JavaScript reaches the queue, is accepted, and the change appears on /changes with a link to it', async ({
  browser,
  page,
  baseURL,
  sql,
}) => {
  // The reader, with JavaScript off.
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const readerPage = await reader.newPage();
  await readerPage.goto(`/events/${event}`);
  await readerPage.getByRole('link', { name: 'Suggest a correction to this event' }).click();
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText('Suggest a correction');
  await readerPage.getByLabel('What is wrong').fill(`The count is off. ${payload}`);
  await readerPage.getByLabel('The correct value').fill('35 diplomats and their families');
  await readerPage.getByLabel(/A source that shows it/).fill('https://example.org/2016');
  await readerPage.getByLabel(/Your contact/).fill('reader@example.org');
  await readerPage.getByRole('button', { name: 'Send the correction' }).click();
  await expect(readerPage).toHaveURL(/\/corrections\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const reference = readerPage.url().split('/').at(-1)!;
  await expect(readerPage.locator('main')).toContainText('Waiting for an editor');
  // The reader's HTML is text; the contact is not shown publicly.
  await expect(readerPage.locator('main')).toContainText(payload);
  await expect(readerPage.locator('img[src="x"]')).toHaveCount(0);
  await expect(readerPage.locator('main')).not.toContainText('reader@example.org');
  expect(sql('SELECT status FROM corrections WHERE reference = ?', reference)).toEqual([
    { status: 'open' },
  ]);

  // The editor, at the desk.
  await signIn(page, baseURL!);
  await page.goto('/admin');
  const queued = page.getByRole('listitem', { name: `Correction ${reference}` });
  await expect(queued).toContainText('35 diplomats and their families');
  await expect(queued).toContainText('reader@example.org');
  await expect(queued.locator('img[src="x"]')).toHaveCount(0);
  await queued.getByRole('link', { name: 'Accept: edit the event' }).click();
  const form = page.getByRole('form', { name: `Edit event ${event}` });
  await expect(page.getByRole('complementary', { name: `Correction ${reference}` })).toBeVisible();
  await form
    .getByLabel('People note', { exact: true })
    .fill('35 diplomats, with their families (a reader’s correction)');
  await form.getByRole('button', { name: 'Save' }).click();
  // Saved, the desk returns to its queue, which no longer holds the correction.
  await expect(page).toHaveURL(/\/admin#corrections$/);
  await expect(page.getByRole('listitem', { name: `Correction ${reference}` })).toHaveCount(0);
  expect(sql('SELECT status FROM corrections WHERE reference = ?', reference)).toEqual([
    { status: 'accepted' },
  ]);

  // Public: the changelog links the change to the correction, and the reader's page to it.
  await readerPage.goto('/changes');
  const change = readerPage.locator('li.change').filter({ hasText: `correction ${reference}` });
  await expect(change).toContainText('Changed event');
  await expect(change).toContainText('a reader’s correction');
  await readerPage.goto(`/corrections/${reference}`);
  await expect(readerPage.locator('main')).toContainText('Accepted');
  await readerPage.getByRole('link', { name: 'see the change' }).click();
  await expect(readerPage.locator('li.change')).toContainText(`correction ${reference}`);
  // And the event's own page shows its history.
  await readerPage.goto(`/events/${event}`);
  await expect(readerPage.locator('#record-history ~ ol li.change').first()).toContainText(
    'by Editor',
  );
  await reader.close();
});

test('a signed-in editor finds a record, edits it from its page and returns there after the save', async ({
  page,
  baseURL,
}) => {
  await page.goto(`/events/${event}`);
  await expect(page.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
  await signIn(page, baseURL!);

  await page.goto('/admin?find=Fogle&entity=events');
  const results = page.getByRole('table').filter({ hasText: 'record(s) found' });
  await expect(results).toContainText('2013-05-14-ru-expels-fogle');
  await expect(
    results.getByRole('link', { name: 'Edit 2013-05-14-ru-expels-fogle' }),
  ).toHaveAttribute('href', '/admin?event=2013-05-14-ru-expels-fogle');

  await page.goto(`/figures/2023-06-28-us-ru-total-staff-lavrov`);
  await page
    .getByRole('link', { name: 'Edit the figure 2023-06-28-us-ru-total-staff-lavrov' })
    .click();
  const form = page.getByRole('form', {
    name: 'Edit observation 2023-06-28-us-ru-total-staff-lavrov',
  });
  await expect(form.getByLabel('Count', { exact: true })).toHaveValue('120');
  await form.getByLabel('Count', { exact: true }).fill('121');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/figures\/2023-06-28-us-ru-total-staff-lavrov$/);
  await expect(page.locator('main')).toContainText('121');
  await expect(page.locator('li.change').first()).toContainText('120');
  // Every source cited on the page carries its own Edit link for the editor.
  await expect(page.getByRole('link', { name: /^Edit the source / })).toHaveCount(1);
});

test('a refused correction sent without JavaScript comes back to the form saying why', async ({
  browser,
}) => {
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const page = await reader.newPage();
  await page.goto(`/corrections/new?record=events%3A${event}`);
  // A field the browser would stop (type=url) but a script may send: the server checks too.
  const response = await page.request.post('/api/corrections', {
    form: { record: `events:${event}`, problem: 'x', correct_value: 'y', source_url: 'ftp://no' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  await page.goto(response.headers()['location']!);
  await expect(page.getByRole('alert')).toContainText('check the source address');
  await page.goto('/corrections/new?record=users%3Aadmin');
  await expect(page.locator('main')).toContainText('does not name a record');
  await reader.close();
});

test('the correction form, a status page, the changelog, a figure’s page and the desk have no serious accessibility violations', async ({
  page,
  baseURL,
  sql,
}) => {
  const [correction] = sql<{ reference: string }>('SELECT reference FROM corrections LIMIT 1');
  for (const path of [
    `/corrections/new?record=events%3A${event}`,
    `/corrections/${correction!.reference}`,
    '/changes',
    '/figures/2023-06-28-us-ru-total-staff-lavrov',
  ]) {
    await page.goto(path);
    await expectNoSeriousViolations(page, path);
  }
  await signIn(page, baseURL!);
  await page.goto('/admin?find=Fogle');
  await expectNoSeriousViolations(page, '/admin');
});
