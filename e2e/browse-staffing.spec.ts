import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expectNoSeriousViolations } from './accessibility';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/DashboardPage';

const staffCounts = "coverage = 'country' AND scope IN ('diplomats', 'nationals', 'total_staff')";

test.describe('browse staffing', () => {
  test('the latest figure each way is the one in the database', async ({ page, sql }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    for (const [sending, host, label] of [
      ['US', 'RU', 'US staff in Russia'],
      ['RU', 'US', 'Russian staff in the US'],
    ] as const) {
      const [latest] = sql<{ count: number; publisher: string }>(
        `SELECT h.count, s.publisher FROM headcounts h JOIN sources s ON s.id = h.source_id
         WHERE ${staffCounts} AND h.sending_country = ? AND h.host_country = ?
         ORDER BY h.observed_on DESC, h.scope, h.id LIMIT 1`,
        sending,
        host,
      );
      const card = dashboard.headline(label);
      await expect(card.locator('.card-value')).toHaveText(
        new RegExp(`\\b${latest!.count.toLocaleString('en-US')}$`),
      );
      await expect(card).toContainText(latest!.publisher);
    }
    // Soviet and Russian diplomats are never one number.
    const [soviet, russian] = sql<{ people: number }>(
      `SELECT sum(people_affected) AS people FROM events WHERE kind = 'expulsion'
       AND actor_country = 'US' GROUP BY occurred_on >= '1992' ORDER BY occurred_on >= '1992'`,
    );
    const expelled = dashboard.headline('Diplomats expelled since 1992');
    await expect(expelled.locator('.card-value')).toContainText(`US ${russian!.people}`);
    await expect(expelled).toContainText(`By the US: ${russian!.people} Russian diplomats`);
    await expect(expelled).toContainText(`By the US: ${soviet!.people} Soviet diplomats`);
  });

  test('scope and range live in the address; reload and Back restore the view', async ({
    page,
  }) => {
    const dashboard = new DashboardPage(page);
    let apiCalls = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/staffing')) apiCalls += 1;
    });
    await dashboard.open();
    await dashboard.waitForChart();

    await dashboard.choose('What is counted', 'diplomats');
    await expect(page).toHaveURL(/\/staffing\/diplomats\/all\/all$/);
    await dashboard.choose('Time range', 'Since 2016');
    await expect(page).toHaveURL(/\/staffing\/diplomats\/2016-\/all$/);
    await expect(dashboard.current('Time range')).toHaveText('Since 2016');

    await page.reload();
    await expect(dashboard.current('What is counted')).toHaveText('diplomats');
    await expect(dashboard.current('Time range')).toHaveText('Since 2016');
    await dashboard.waitForChart();

    await page.goBack();
    await expect(page).toHaveURL(/\/staffing\/diplomats\/all\/all$/);
    await expect(dashboard.current('Time range')).toHaveText('All');
    // Each view's data came with its page: the chart never fetched it again.
    expect(apiCalls).toBe(0);
  });

  test('an event marker tells what happened on focus and opens its record on click', async ({
    page,
    sql,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open('/staffing/total_staff/2018-2018/all');
    await dashboard.waitForChart();
    const [event] = sql<{ summary: string; people: number }>(
      `SELECT summary, people_affected AS people FROM events
       WHERE kind = 'expulsion' AND actor_country = 'US' AND occurred_on LIKE '2018-%'`,
    );
    const marker = dashboard.eventMarkers().and(page.getByLabel(/US expulsion, 60 people/));
    await marker.focus();
    await expect(page.getByRole('tooltip').filter({ hasText: event!.summary })).toBeVisible();
    await marker.click();
    const detail = page.getByRole('region', { name: 'Selected event' });
    await expect(detail).toContainText(event!.summary);
    await expect(detail.getByRole('link').first()).toHaveAttribute('href', /^https?:/);
  });

  test('on a phone, every event marker can be tapped: none lies under another', async ({
    page,
    sql,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const dashboard = new DashboardPage(page);
    await dashboard.open('/');
    await dashboard.waitForChart();
    const timeline = sql<{ n: number }>(
      "SELECT count(*) AS n FROM events WHERE kind IN ('expulsion', 'facility_closure', 'staff_cap')",
    )[0]!.n;
    await expect(dashboard.eventMarkers()).toHaveCount(timeline);
    const hidden = await dashboard.eventMarkers().evaluateAll((markers) =>
      markers
        .filter((marker) => {
          marker.scrollIntoView({ block: 'center' });
          const box = marker.getBoundingClientRect();
          return (
            document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) !== marker
          );
        })
        .map((marker) => marker.getAttribute('aria-label')),
    );
    expect(hidden).toEqual([]);
  });

  test('where sources disagree, a figure’s tooltip lists every one with its source', async ({
    page,
    sql,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open('/staffing/total_staff/2016-2018/US-RU');
    await dashboard.waitForChart();
    const [conflict] = sql<{ date: string }>(
      `SELECT observed_on AS date FROM headcounts
       WHERE scope = 'total_staff' AND coverage = 'country' AND sending_country = 'US'
       AND observed_on BETWEEN '2016-01-01' AND '2018-12-31'
       GROUP BY observed_on HAVING count(*) > 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const figures = sql<{ publisher: string }>(
      `SELECT s.publisher FROM headcounts h JOIN sources s ON s.id = h.source_id
       WHERE h.scope = 'total_staff' AND h.coverage = 'country' AND h.sending_country = 'US'
       AND h.observed_on = ?`,
      conflict!.date,
    );
    const point = page
      .getByRole('group', { name: 'Reported figures' })
      .getByRole('button', { name: new RegExp(`\\(${conflict!.date.slice(0, 7)}\\)`) });
    await point.focus();
    const tooltip = page.getByRole('tooltip').filter({ hasText: figures[0]!.publisher });
    await expect(tooltip).toBeVisible();
    for (const { publisher } of figures) await expect(tooltip).toContainText(publisher);
  });

  test('the table holds the chart’s figures and the CSV matches the API', async ({
    page,
    sql,
    request,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open('/staffing/total_staff/2016-/US-RU');
    const table = await dashboard.openTab('Table');
    const [row] = sql<{ id: string; count: number; publisher: string }>(
      `SELECT h.id, h.count, s.publisher FROM headcounts h JOIN sources s ON s.id = h.source_id
       WHERE h.scope = 'total_staff' AND h.coverage = 'country' AND h.sending_country = 'US'
       AND h.observed_on >= '2016-01-01' ORDER BY h.observed_on DESC LIMIT 1`,
    );
    const tableRow = table.locator(`tr[data-observation-id="${row!.id}"]`);
    await expect(tableRow).toContainText(row!.count.toLocaleString('en-US'));
    await expect(tableRow).toContainText(row!.publisher);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV of these figures' }).click(),
    ]);
    const csv = parse(fs.readFileSync(await download.path()), { columns: true }) as Record<
      string,
      string
    >[];
    const api = await (
      await request.get('/api/staffing?scope=total_staff&series=US-RU&from=2016')
    ).json();
    const apiCounts = api.series.flatMap((s: { steps: { observations: { count: number }[] }[] }) =>
      s.steps.flatMap((step) => step.observations.map((o) => String(o.count))),
    );
    expect(csv.map((r) => r.count)).toEqual(apiCounts);
    expect(await table.locator('tbody tr').count()).toBe(csv.length);
  });

  test('the chart downloads as a standalone SVG', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.waitForChart();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download chart (SVG)' }).click(),
    ]);
    const svg = fs.readFileSync(await download.path(), 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg/);
    // Colours are resolved: a file has no page stylesheet to read custom properties from.
    expect(svg).not.toContain('var(--');
    // The file is the chart on the page: the same series lines, the same axes.
    const [inFile, onPage] = await page.evaluate((text) => {
      const shape = (chart: Element) => ({
        size: [chart.getAttribute('width'), chart.getAttribute('height')],
        series: [...chart.querySelectorAll('.series-line')].map((line) => ({
          name: line.getAttribute('class'),
          path: line.querySelector('path.recharts-area-curve')?.getAttribute('d'),
          stroke: line.querySelector('path.recharts-area-curve')?.getAttribute('stroke'),
        })),
        ticks: [...chart.querySelectorAll('.recharts-cartesian-axis-tick-value')].map(
          (tick) => tick.textContent,
        ),
      });
      const file = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      return [shape(file), shape(document.querySelector('.chart-plot svg.recharts-surface')!)];
    }, svg);
    const drawn = await page.locator('.chart-plot .series-line').count();
    expect(drawn).toBeGreaterThan(1);
    expect(inFile.series).toHaveLength(drawn);
    expect(inFile.series.map(({ name, path }) => ({ name, path }))).toEqual(
      onPage.series.map(({ name, path }) => ({ name, path })),
    );
    expect(inFile.ticks).toEqual(onPage.ticks);
    expect(inFile.ticks.length).toBeGreaterThan(4);
    expect(inFile.size).toEqual(onPage.size);
    for (const { stroke } of inFile.series) expect(stroke).toMatch(/^(#[0-9a-f]{3,8}|rgb)/i);
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await dashboard.open();
      await dashboard.waitForChart();
      await expectNoSeriousViolations(page, colorScheme);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader still gets the headline figures and the table', async ({ page, sql }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const [total] = sql<{ people: number }>(
      `SELECT sum(people_affected) AS people FROM events WHERE kind = 'expulsion'
       AND actor_country = 'RU' AND occurred_on >= '1992'`,
    );
    await expect(dashboard.headline('Diplomats expelled since 1992')).toContainText(
      `By Russia: ${total!.people} US diplomats`,
    );
    const table = page.getByRole('table').first();
    await expect(table).toBeVisible();
    const [rows] = sql<{ n: number }>(`SELECT count(*) AS n FROM headcounts WHERE ${staffCounts}`);
    // The default view shows every year and every staffing scope: every such figure is listed.
    await expect(table.locator('tbody tr')).toHaveCount(rows!.n);
  });
});
