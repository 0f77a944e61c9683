import { expectNoSeriousViolations } from './accessibility';
import { expect, test } from './fixtures';
import { EventsPage } from './pages/EventsPage';

// Every post's life on a map, a timeline and a table, checked against SQL written here:
// the state rule restated (open from opened_on, closed from closed_on, suspended by the
// latest suspending or reopening event), so that the page's own SQL is not its own judge.

const postKinds = "('embassy', 'consulate_general', 'consulate', 'un_mission')";
const suspended = `COALESCE((
  SELECT link.role FROM event_facilities link JOIN events e ON e.id = link.event_id
  WHERE link.facility_id = f.id AND link.role IN ('suspended', 'reopened') AND e.occurred_on <= :day
  ORDER BY e.occurred_on DESC, link.role = 'reopened' DESC LIMIT 1), 'reopened') = 'suspended'`;
const inLife = `(f.opened_on IS NULL OR f.opened_on <= :day) AND (f.closed_on IS NULL OR f.closed_on > :day)`;

type Count = { side: string; open: number; suspended: number };

function postCounts(sql: <Row>(q: string, p: object) => Row[], day: string): Count[] {
  return sql<Count>(
    `SELECT operated_by AS side,
            sum(${inLife} AND NOT ${suspended}) AS open,
            sum(${inLife} AND ${suspended}) AS suspended
     FROM facilities f WHERE kind IN ${postKinds} GROUP BY operated_by ORDER BY operated_by`,
    { day },
  );
}

test.describe('missions on a day', () => {
  for (const day of ['2016-12-01', '2025-01-01']) {
    test(`/missions?on=${day} says each side's posts as SQL counts them`, async ({ page, sql }) => {
      await page.goto(`/missions?on=${day}`);
      const counts = postCounts(sql as never, day);
      expect(counts.length).toBe(2);
      for (const count of counts) {
        const sentence = page.locator(`.post-counts [data-side="${count.side}"]`);
        await expect(sentence).toContainText(
          `${count.open} ${count.open === 1 ? 'post' : 'posts'} open`,
        );
        if (count.suspended) await expect(sentence).toContainText(`${count.suspended} suspended`);
        else await expect(sentence).not.toContainText('suspended');
      }
    });
  }

  test('the map’s marks are named links, the table holds the same posts, and a mark opens its post', async ({
    page,
    sql,
  }) => {
    await page.goto('/missions?on=2016-12-01');
    const marks = page.locator('.facility-map a.map-mark');
    const markIds = await marks.evaluateAll((links) =>
      links.map((a) => a.getAttribute('data-facility-id')),
    );
    const hrefs = await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(markIds.map((id) => `/missions/${id}`));
    for (const name of await marks.evaluateAll((links) =>
      links.map((a) => a.getAttribute('aria-label')),
    )) {
      expect(name).toMatch(/: (open|suspended|closed)/);
    }
    // The map shows every facility with a place that had opened by the day; the table all.
    const placed = sql<{ id: string }>(
      `SELECT id FROM facilities WHERE latitude IS NOT NULL
         AND (opened_on IS NULL OR opened_on <= '2016-12-01') ORDER BY id`,
    ).map((r) => r.id);
    expect([...markIds].sort()).toEqual(placed);
    const tableIds = await page
      .locator('.facility-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-facility-id')));
    const all = sql<{ id: string }>('SELECT id FROM facilities ORDER BY id').map((r) => r.id);
    expect([...tableIds].sort()).toEqual(all);

    await page.locator('a.map-mark[data-facility-id="ru-consulate-seattle"]').click();
    await expect(page).toHaveURL(/\/missions\/ru-consulate-seattle$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Russian Consulate General Seattle',
    );
  });

  test('a column header sorts the table, and says so', async ({ page, sql }) => {
    await page.goto('/missions?on=2016-12-01');
    await page.getByRole('link', { name: 'Opened', exact: true }).click();
    await expect(page).toHaveURL(/on=2016-12-01&sort=opened&dir=asc/);
    const [first] = sql<{ name: string }>(
      'SELECT name FROM facilities WHERE opened_on IS NOT NULL ORDER BY opened_on, name LIMIT 1',
    );
    await expect(page.locator('.facility-table tbody tr th').first()).toHaveText(first!.name);
    await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Opened');
  });

  test('a bad day is named and today shown instead, never an error page', async ({ page }) => {
    const response = await page.goto('/missions?on=2018-02-30');
    expect(response?.status()).toBe(200);
    await expect(page.locator('.notice[role="alert"]')).toContainText('on: expected a real day');
    await expect(page.locator('.post-counts')).toBeVisible();
  });

  test('the missions pages pass axe at both widths', async ({ page }) => {
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/missions?on=2016-12-01', '/missions/us-consulate-leningrad']) {
        await page.goto(path);
        await expectNoSeriousViolations(page, `${path} at ${width}px`);
      }
    }
  });
});

test.describe('one post', () => {
  test('St Petersburg shows its closing on 31 March 2018 with the source, and its events', async ({
    page,
    sql,
  }) => {
    await page.goto('/missions/us-consulate-leningrad');
    const [source] = sql<{ title: string; url: string }>(
      `SELECT s.title, s.url FROM facilities f JOIN sources s ON s.id = f.closed_source_id
       WHERE f.id = 'us-consulate-leningrad'`,
    );
    const closed = page.locator('dd[data-date="closed"]');
    await expect(closed).toContainText('31 March 2018');
    await expect(closed.getByRole('link')).toHaveAttribute('href', source!.url);
    await expect(closed).toContainText(source!.title);
    const events = sql<{ summary: string }>(
      `SELECT e.summary FROM event_facilities l JOIN events e ON e.id = l.event_id
       WHERE l.facility_id = 'us-consulate-leningrad'`,
    );
    for (const { summary } of events) {
      await expect(page.locator('.facility-history')).toContainText(summary);
    }
    const figures = sql<{ n: number }>(
      "SELECT count(*) AS n FROM headcounts WHERE facility_id = 'us-consulate-leningrad'",
    )[0]!.n;
    await expect(page.locator('tr[data-observation-id]')).toHaveCount(figures);
  });

  test('an event lists the posts it touched, and the explorer filters by post', async ({
    page,
    sql,
  }) => {
    await page.goto('/events/2017-08-31-us-closes-sf-consulate');
    const touched = sql<{ name: string }>(
      `SELECT f.name FROM event_facilities l JOIN facilities f ON f.id = l.facility_id
       WHERE l.event_id = '2017-08-31-us-closes-sf-consulate' ORDER BY f.name`,
    );
    for (const { name } of touched) await expect(page.getByRole('link', { name })).toBeVisible();

    await page.goto('/missions/us-consulate-vladivostok');
    await page.getByRole('link', { name: /events that touched it/ }).click();
    await expect(page).toHaveURL(/\/events\?post=us-consulate-vladivostok$/);
    const linked = sql<{ summary: string }>(
      `SELECT e.summary FROM event_facilities l JOIN events e ON e.id = l.event_id
       WHERE l.facility_id = 'us-consulate-vladivostok' ORDER BY e.occurred_on, e.id`,
    ).map((r) => r.summary);
    await expect(new EventsPage(page).eventTitles()).toHaveText(linked);
    await expect(page.getByLabel('Post')).toHaveValue('us-consulate-vladivostok');
  });

  test('the dashboard says each side’s posts open today, as SQL counts them', async ({
    page,
    sql,
  }) => {
    await page.goto('/');
    const today = new Date().toISOString().slice(0, 10);
    for (const count of postCounts(sql as never, today)) {
      await expect(page.locator(`.post-counts [data-side="${count.side}"]`)).toContainText(
        `${count.open} ${count.open === 1 ? 'post' : 'posts'} open`,
      );
    }
  });
});

test.describe('missions without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the maps, the counts and the table are in the page, and the day form works', async ({
    page,
  }) => {
    await page.goto('/missions');
    await expect(page.locator('.facility-map svg')).toHaveCount(2);
    await expect(page.locator('.facility-table tbody tr').first()).toBeVisible();
    await page.getByLabel('Show the posts as they stood on').fill('2017-10-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/\/missions\?on=2017-10-01$/);
    await expect(page.locator('.post-counts')).toContainText('On 1 October 2017');
  });
});
