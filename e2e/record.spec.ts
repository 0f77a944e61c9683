import type { Locator, Page } from '@playwright/test';
import { showChart } from './charts';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/DashboardPage';

// The record as a reader meets it: both countries drawn across the years, gaps and moments
// named, Soviet and Russian told apart, like compared with like — checked against SQL.

const staffing = "coverage = 'country' AND scope IN ('total_staff', 'nationals', 'diplomats')";
const article = '/articles/repatriate-russian-diplomats';

/** The step lines drawn for a direction: Recharts paths with points, not empty curves. */
async function drawnLines(chart: Locator, direction: string): Promise<number> {
  const paths = chart.locator(`.recharts-area.series-${direction} path.recharts-area-curve`);
  const ds = await paths.evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
  return ds.filter((d) => (d.match(/L/g) ?? []).length >= 1).length;
}

async function boxes(labels: Locator) {
  return labels.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
}

async function chartOf(page: Page, path: string) {
  await page.goto(path);
  await showChart(page);
  return page.locator('.chart-figure').first();
}

for (const width of [375, 1440]) {
  test.describe(`the record at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of ['/', article]) {
      test(`${path}: both directions drawn as lines, moments labelled without overlap`, async ({
        page,
        sql,
      }) => {
        const chart = await chartOf(page, path);
        for (const direction of ['RU-US', 'US-RU']) {
          expect(await drawnLines(chart, direction), direction).toBeGreaterThan(0);
        }
        // A line never joins two scopes: one Recharts series per direction and scope.
        const classes = await chart
          .locator('.recharts-area.series-line')
          .evaluateAll((els) => els.map((el) => el.getAttribute('class') ?? ''));
        for (const c of classes) expect(c).toMatch(/series-(RU-US|US-RU) scope-[a-z_]+/);
        expect(new Set(classes).size).toBe(classes.length);

        const labels = chart.locator('.moment-label');
        const count = await labels.count();
        expect(count).toBeGreaterThanOrEqual(path === '/' ? 6 : 3);
        const placed = await boxes(labels);
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) {
            const [a, b] = [placed[i]!, placed[j]!];
            const apart =
              a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            expect(apart, `moment labels ${i} and ${j} overlap`).toBe(true);
          }
        }
        // Every label is inside the chart and reachable from the keyboard.
        const figure = await chart.boundingBox();
        for (const box of placed) {
          expect(box.left).toBeGreaterThanOrEqual(figure!.x - 1);
          expect(box.right).toBeLessThanOrEqual(figure!.x + figure!.width + 1);
        }
        await labels.last().focus();
        await expect(labels.last()).toBeFocused();
        if (path === '/') {
          const [moments] = sql<{ n: number }>('SELECT count(*) AS n FROM moments');
          expect(count).toBe(moments!.n);
        }
      });
    }
  });
}

test.describe('the record, told as it is', () => {
  test('a Soviet-era figure and event are labelled Soviet, a later one Russian', async ({
    page,
    sql,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const [soviet] = sql<{ id: string }>(
      `SELECT id FROM headcounts WHERE sending_country = 'RU' AND ${staffing}
       AND observed_on < '1992' ORDER BY observed_on LIMIT 1`,
    );
    const [russian] = sql<{ id: string }>(
      `SELECT id FROM headcounts WHERE sending_country = 'RU' AND ${staffing}
       AND observed_on >= '1992' ORDER BY observed_on DESC LIMIT 1`,
    );
    const table = await dashboard.openTab('Table');
    await expect(table.locator(`tr[data-observation-id="${soviet!.id}"] td`).first()).toHaveText(
      'Soviet staff in the US',
    );
    await expect(table.locator(`tr[data-observation-id="${russian!.id}"] td`).first()).toHaveText(
      'Russian staff in the US',
    );

    await page.goto('/events?year=1986');
    await expect(page.locator('.event-card .event-meta').first()).toContainText(/USSR|→ USSR/);
    await expect(page.locator('main')).not.toContainText('US → RU');
  });

  test('the ratio card names its two figures, the latest like-with-like pair', async ({
    page,
    sql,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const [pair] = sql<{ a: number; b: number; aOn: string; bOn: string; scope: string }>(
      `SELECT x.count AS a, y.count AS b, x.observed_on AS aOn, y.observed_on AS bOn, x.scope AS scope
       FROM headcounts x JOIN headcounts y ON x.scope = y.scope
       WHERE x.sending_country = 'RU' AND y.sending_country = 'US'
         AND x.coverage = 'country' AND y.coverage = 'country' AND x.bound = 'exact' AND y.bound = 'exact'
         AND x.scope IN ('total_staff', 'nationals', 'diplomats')
         AND date(x.observed_on, '+12 months') >= y.observed_on
         AND date(y.observed_on, '+12 months') >= x.observed_on
       ORDER BY min(x.observed_on, y.observed_on) DESC, max(x.observed_on, y.observed_on) DESC
       LIMIT 1`,
    );
    const card = dashboard.headline('Ratio at a comparable scope');
    const scope = {
      diplomats: 'diplomats',
      nationals: 'staff from the sending country',
      total_staff: 'total staff incl. local hires',
    }[pair!.scope as 'diplomats'];
    await expect(card).toContainText(`both counted as ${scope}`);
    await expect(card).toContainText(`${pair!.a}`);
    await expect(card).toContainText(`${pair!.b}`);
    const year = (d: string) => d.slice(0, 4);
    await expect(card).toContainText(year(pair!.aOn));
    await expect(card).toContainText(year(pair!.bOn));
    await expect(card.locator('.card-value')).toHaveText(`${(pair!.a / pair!.b).toFixed(1)}×`);
  });

  test('gaps are named and explained; the coverage table counts what SQL counts', async ({
    page,
    sql,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.waitForChart();
    await expect(page.locator('.gap-note').first()).toContainText('No public figure:');
    const bands = page.locator('.chart-figure .gap-band');
    expect(await bands.count()).toBeGreaterThan(0);

    const sources = await dashboard.openTab(/^Sources/);
    const coverage = sources.locator('.coverage-table');
    const cells = sql<{ direction: string; period: number; figures: number }>(
      `SELECT sending_country || '-' || host_country AS direction,
         CAST(substr(observed_on, 1, 4) AS INTEGER) / 5 * 5 AS period, count(*) AS figures
       FROM headcounts WHERE scope IN ('total_staff', 'nationals', 'diplomats')
       GROUP BY direction, period`,
    );
    const column = { 'RU-US': 2, 'US-RU': 3 } as const;
    for (const period of [1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020]) {
      for (const direction of ['RU-US', 'US-RU'] as const) {
        const cell = coverage.locator(
          `tbody tr:has(td[data-period="${period}"]) > :nth-child(${column[direction]})`,
        );
        const counted = cells.find((c) => c.direction === direction && c.period === period);
        await expect(cell).toHaveAttribute('data-covered', counted ? 'true' : 'false');
        if (!counted) {
          await expect(cell).toContainText('No staffing figure');
          await cell.getByText('What was searched').click();
          await expect(cell).toContainText('Searched:');
        }
      }
    }
  });

  test('a row on thin support says "one source" wherever it appears', async ({ page, sql }) => {
    const [event] = sql<{ id: string }>(
      "SELECT id FROM events WHERE support = 'single_source' ORDER BY occurred_on LIMIT 1",
    );
    await page.goto(`/events/${event!.id}`);
    await expect(page.locator('main .support-badge')).toHaveText('one source');

    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const [figure] = sql<{ id: string }>(
      `SELECT id FROM headcounts WHERE support = 'article_only' AND ${staffing} LIMIT 1`,
    );
    const table = await dashboard.openTab('Table');
    await expect(
      table.locator(`tr[data-observation-id="${figure!.id}"] .support-badge`),
    ).toHaveText('one source: the article itself');
  });
});
