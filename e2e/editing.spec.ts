import { showChart } from './charts';
import { editorToken } from './editor-token';
import { expect, test } from './fixtures';

// These journeys change the data: they run in the 'editing' project, after the readers'.
test.describe.configure({ mode: 'serial' });

const payload = '<img src=x onerror=alert(1)>';

test('an editor signs in at /admin and adds an observation; the dashboard shows it', async ({
  page,
  sql,
}) => {
  await page.goto('/admin');
  await page.getByLabel('Editor token').fill('not the token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not an editor token' })).toBeVisible();
  await page.getByLabel('Editor token').fill(editorToken);
  await page.getByRole('button', { name: 'Sign in' }).click();

  const form = page.getByRole('form', { name: 'Add an observation' });
  await expect(form).toBeVisible();
  await form.getByLabel('Id', { exact: true }).fill('2024-01-us-ru-e2e-editor');
  await form.getByLabel('Observed on', { exact: true }).fill('2024-01');
  await form.getByLabel('Whose staff', { exact: true }).selectOption('US');
  await form.getByLabel('Where', { exact: true }).selectOption('RU');
  await form.getByLabel('Count', { exact: true }).fill('-5');
  await form.getByLabel('Bound', { exact: true }).selectOption('exact');
  await form.getByLabel('What is counted', { exact: true }).selectOption('total_staff');
  await form.getByLabel('Posts covered', { exact: true }).selectOption('country');
  // The sources picker is a search box over the sources' ids and titles.
  const source = form.getByLabel('Source', { exact: true });
  await expect(source).toHaveAttribute('list', /options/);
  await source.fill('article-2025-repatriate-russian-diplomats');
  await form.getByLabel('Support', { exact: true }).selectOption('article_only');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByLabel('Count', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText('expected a whole number ≥ 0');

  await form.getByLabel('Count', { exact: true }).fill('117');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toContainText('Saved 2024-01-us-ru-e2e-editor');
  expect(
    sql<{ count: number }>("SELECT count FROM headcounts WHERE id = '2024-01-us-ru-e2e-editor'"),
  ).toEqual([{ count: 117 }]);
  await expect(
    page.locator('li.change').filter({ hasText: '2024-01-us-ru-e2e-editor' }),
  ).toContainText('Added figure');

  await page.goto('/staffing/total_staff/2024-2024/US-RU');
  await showChart(page);
  const figures = page.getByRole('group', { name: 'Reported figures' });
  await expect(figures.getByRole('button', { name: /117 \(2024-01\)/ })).toBeAttached();
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.locator('tr[data-observation-id="2024-01-us-ru-e2e-editor"]')).toContainText(
    '117',
  );
});

test('a stored script payload shows as text on every page, with no dialog and no element', async ({
  page,
  request,
  baseURL,
}) => {
  const response = await request.post('/api/events', {
    headers: { authorization: `Bearer ${editorToken}`, 'x-editor': payload },
    data: {
      id: '2024-02-01-us-e2e-payload',
      occurred_on: '2024-02-01',
      actor_country: 'US',
      target_country: 'RU',
      is_joint: false,
      kind: 'expulsion',
      people_affected: 1,
      summary: `Payload ${payload}`,
      facilities: payload,
      support: 'article_only',
      source_ids: ['article-2025-repatriate-russian-diplomats'],
    },
  });
  expect(response.status()).toBe(201);

  // Signed in, so that /admin shows the audit log, where the editor label is the payload too.
  const signIn = await page.request.post('/api/session', {
    headers: { origin: baseURL! },
    data: { token: editorToken },
  });
  expect(signIn.ok()).toBe(true);

  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  for (const path of ['/events?year=2024', '/events/2024-02-01-us-e2e-payload', '/admin']) {
    await page.goto(path);
    await expect(page.locator('main')).toContainText(payload);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  // On the dashboard the payload is in the event marker's tooltip, drawn by the chart.
  await page.goto('/staffing/total_staff/2024-2024/all');
  await showChart(page);
  await expect(page.locator('[role="tooltip"]').filter({ hasText: payload })).toHaveCount(1);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('an editor corrects an event; its page shows the change at once', async ({
  page,
  baseURL,
}) => {
  const signIn = await page.request.post('/api/session', {
    headers: { origin: baseURL! },
    data: { token: editorToken },
  });
  expect(signIn.ok()).toBe(true);
  await page.goto('/events/2013-05-14-ru-expels-fogle');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ryan Fogle');

  await page.goto('/admin?event=2013-05-14-ru-expels-fogle');
  const form = page.getByRole('form', { name: 'Edit event 2013-05-14-ru-expels-fogle' });
  await expect(form.getByLabel('Summary', { exact: true })).toHaveValue(/Ryan Fogle/);
  await form
    .getByLabel('Summary', { exact: true })
    .fill('Ryan Fogle, third secretary, declared persona non grata (corrected).');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toContainText('Saved');

  await page.goto('/events/2013-05-14-ru-expels-fogle');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(corrected)');
});

// A cached view, an address with a fault (rendered per request) and a post's page.
const missionsPaths = [
  '/missions?on=2016-12-01',
  '/missions?on=2018-02-30',
  '/missions/us-consulate-leningrad',
  '/reciprocity?readmit=250',
  // Pages of the corrections and the changelog, per request, and a figure's cached page.
  '/changes',
  '/corrections/new?record=events%3A2018-03-26-us-expels-60',
  '/figures/2023-06-28-us-ru-total-staff-lavrov',
];

test('pages and routes send the security headers; inline scripts need a hash or a nonce', async ({
  page,
  request,
}) => {
  for (const path of [
    '/',
    '/events?year=2018',
    '/events/2018-03-26-us-expels-60',
    '/articles/repatriate-russian-diplomats',
    ...missionsPaths,
    '/api/events?limit=1',
  ]) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    if (path.startsWith('/api')) continue;
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self' '(sha256-|nonce-)/);
    expect(headers['content-security-policy'], path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
  const violations: string[] = [];
  // Blocked evals (a probe in a try/catch) print nothing to the console; the event tells.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`,
      ),
    ),
  );
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of [
    '/',
    '/events/2018-03-26-us-expels-60',
    '/articles/repatriate-russian-diplomats',
  ]) {
    await page.goto(path);
    await showChart(page);
  }
  for (const path of missionsPaths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/events?year=2018');
  await expect(page.locator('.year-chart')).toBeVisible();
  await page.getByRole('searchbox').fill('Moscow');
  await expect(page).toHaveURL(/q=Moscow/);
  expect(violations).toEqual([]);
});
