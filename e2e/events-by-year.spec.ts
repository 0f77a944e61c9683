import { expectNoSeriousViolations } from './accessibility';
import { showChart } from './charts';
import { expect, test } from './fixtures';
import { EventsPage } from './pages/EventsPage';
import { explorerPageSize } from '../lib/query-options/events';

test.describe('events by year', () => {
  test('pick a year, read its events and totals, reload and go back', async ({ page, sql }) => {
    const events = new EventsPage(page);
    await events.open();
    const all = sql<{ n: number }>('SELECT count(*) AS n FROM events')[0]!.n;
    await expect(events.total('Events')).toHaveText(String(all));

    await events.pickYear('2018');
    await expect(page).toHaveURL(/\/events\?year=2018$/);
    const expected = sql<{ summary: string }>(
      "SELECT summary FROM events WHERE occurred_on LIKE '2018-%' ORDER BY occurred_on, id",
    ).map((r) => r.summary);
    await expect(events.eventTitles()).toHaveText(expected);
    await expect(events.total('Russian diplomats expelled by the US')).toHaveText('60');
    await expect(events.total('US diplomats expelled by Russia')).toHaveText('60');

    await page.reload();
    await expect(events.eventTitles()).toHaveText(expected);
    await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2018');

    await page.goBack();
    await expect(page).toHaveURL(/\/events$/);
    await expect(events.total('Events')).toHaveText(String(all));
  });

  test('a bar of the year chart selects its year', async ({ page, sql }) => {
    const events = new EventsPage(page);
    await events.open();
    await events.bar(2001).click();
    await expect(page).toHaveURL(/year=2001/);
    const count = sql<{ n: number }>(
      "SELECT count(*) AS n FROM events WHERE occurred_on LIKE '2001-%'",
    )[0]!.n;
    await expect(events.eventTitles()).toHaveCount(count);
  });

  test('the year chart says what the database sums and works from the keyboard', async ({
    page,
    sql,
  }) => {
    const events = new EventsPage(page);
    await events.open();
    const expelled = (actor: string, year: number) =>
      sql<{ n: number }>(
        `SELECT coalesce(sum(people_affected), 0) AS n FROM events
         WHERE kind = 'expulsion' AND actor_country = ? AND occurred_on LIKE ?`,
        actor,
        `${year}-%`,
      )[0]!.n;
    await expect(events.bar(2018)).toHaveAccessibleName(
      `2018: ${expelled('RU', 2018)} US diplomats expelled by Russia, ${expelled('US', 2018)} Russian diplomats expelled by the US`,
    );
    // Before 1992 the country that expelled and was expelled is the Soviet Union.
    await expect(events.bar(1986)).toHaveAccessibleName(
      `1986: ${expelled('RU', 1986)} US diplomats expelled by the Soviet Union, ${expelled('US', 1986)} Soviet diplomats expelled by the US`,
    );
    // One tab stop (the last year), then arrow keys.
    const last = sql<{ y: string }>("SELECT max(strftime('%Y', occurred_on)) AS y FROM events")[0]!
      .y;
    await events.bar(Number(last)).focus();
    for (let year = Number(last); year > 2018; year--) await page.keyboard.press('ArrowLeft');
    await expect(events.bar(2018)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/events\?year=2018$/);
    await expect(events.bar(2018)).toHaveAttribute('aria-current', 'true');
    await expect(events.bar(2017)).toHaveAttribute('tabindex', '-1');
  });

  test('the whole list, page by page: "Show more events" until there are no more', async ({
    page,
    sql,
  }) => {
    const events = new EventsPage(page);
    await events.open();
    const all = sql<{ summary: string }>('SELECT summary FROM events ORDER BY occurred_on, id').map(
      (r) => r.summary,
    );
    await expect(events.eventTitles()).toHaveCount(explorerPageSize);
    const more = page.getByRole('button', { name: 'Show more events' });
    while (await more.isVisible()) {
      const shown = await events.eventTitles().count();
      await more.click();
      await expect(events.eventTitles()).not.toHaveCount(shown);
    }
    await expect(events.eventTitles()).toHaveText(all);
  });

  test('filters by acting country, kind and words together', async ({ page, sql }) => {
    const events = new EventsPage(page);
    await events.open('?actor=RU&kind=expulsion');
    await page.getByRole('searchbox').fill('Moscow');
    await expect(page).toHaveURL(/q=Moscow/);
    const expected = sql<{ summary: string }>(
      `SELECT summary FROM events WHERE actor_country = 'RU' AND kind = 'expulsion'
       AND (summary LIKE '%Moscow%' OR facilities LIKE '%Moscow%' OR reason LIKE '%Moscow%')
       ORDER BY occurred_on, id`,
    ).map((r) => r.summary);
    await expect(events.eventTitles()).toHaveText(expected);
  });

  test('an event page shows its sources and its retaliation pair', async ({ page, sql }) => {
    const events = new EventsPage(page);
    await events.open('?year=2018');
    await events
      .eventTitles()
      .filter({ hasText: '60 Russian diplomats expelled' })
      .getByRole('link')
      .click();
    await expect(page).toHaveURL(/\/events\/2018-03-26-us-expels-60$/);
    const sources = sql<{ title: string }>(
      "SELECT s.title FROM event_sources es JOIN sources s ON s.id = es.source_id WHERE es.event_id = '2018-03-26-us-expels-60'",
    );
    for (const { title } of sources)
      await expect(page.getByRole('link', { name: new RegExp(title.slice(0, 30)) })).toBeVisible();
    await expect(page.getByText('Answered by:')).toContainText('29 March 2018, RU expulsion of 60');
    await showChart(page);
  });

  test('a year without events says so and offers the nearest years', async ({ page, sql }) => {
    const events = new EventsPage(page);
    const year = (query: string) => sql<{ y: string }>(query)[0]!.y;
    const [before, after] = [
      year("SELECT max(substr(occurred_on, 1, 4)) AS y FROM events WHERE occurred_on < '1995'"),
      year("SELECT min(substr(occurred_on, 1, 4)) AS y FROM events WHERE occurred_on >= '1996'"),
    ];
    await events.open('?year=1995');
    const empty = page.getByRole('status');
    await expect(empty).toContainText('No events match these filters in 1995.');
    await expect(empty.getByRole('button')).toHaveText([before, after, 'Show all events']);
    await expect(page.getByLabel('Year', { exact: true })).toHaveValue('1995');
    await empty.getByRole('button', { name: after }).click();
    await expect(page).toHaveURL(new RegExp(`year=${after}$`));
    const expected = sql<{ summary: string }>(
      'SELECT summary FROM events WHERE substr(occurred_on, 1, 4) = ? ORDER BY occurred_on, id',
      after,
    ).map((r) => r.summary);
    expect(expected.length).toBeGreaterThan(0);
    await expect(events.eventTitles()).toHaveText(expected);
  });

  test('a bad year in the address gets a message and the unfiltered list', async ({
    page,
    sql,
  }) => {
    const events = new EventsPage(page);
    for (const bad of ['abc', '99999']) {
      const response = await page.goto(`/events?year=${bad}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText(
        `year “${bad}”`,
      );
      const all = sql<{ n: number }>('SELECT count(*) AS n FROM events')[0]!.n;
      await expect(events.total('Events')).toHaveText(String(all));
    }
  });

  test('the explorer and an event page have no serious or critical accessibility violations', async ({
    page,
  }) => {
    for (const path of ['/events?year=2018', '/events/2018-03-26-us-expels-60']) {
      await page.goto(path);
      if (path.startsWith('/events/')) await showChart(page);
      else await expect(page.locator('.year-chart')).toBeVisible();
      await expectNoSeriousViolations(page, path);
    }
  });

  test('an unknown event id gets the 404 page', async ({ page }) => {
    const response = await page.goto('/events/no-such-event');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
