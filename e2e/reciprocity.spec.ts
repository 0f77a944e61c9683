import { expectNoSeriousViolations } from './accessibility';
import { expect, test } from './fixtures';

// The exchange as an exchange, checked against SQL over the events and their responds_to links.

test.describe('the reciprocity ledger', () => {
  test('the 2018 pair is 60 ↔ 60 in 3 days, and the 2016 expulsion of 35 met a declined retaliation', async ({
    page,
  }) => {
    await page.goto('/reciprocity');
    await expect(page.locator('tr[data-answer-id="2018-03-29-ru-expels-60"] th')).toHaveText(
      '60 ↔ 60, 3 days',
    );
    await expect(
      page.locator('tr[data-answer-id="2016-12-30-ru-declines-to-retaliate"] th'),
    ).toHaveText('35 → none: Russia declined, 30 December 2016');
  });

  test('every answer in the years filtered is listed beside its measure', async ({ page, sql }) => {
    await page.goto('/reciprocity?from=2016&to=2018');
    const answers = sql<{ id: string }>(
      `SELECT a.id FROM events a JOIN events m ON m.id = a.responds_to
       WHERE m.occurred_on BETWEEN '2016-01-01' AND '2018-12-31' ORDER BY a.id`,
    ).map((r) => r.id);
    const shown = await page
      .locator('.ledger-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-answer-id')));
    expect([...shown].sort()).toEqual(answers);
  });

  test('the balance at the end of 2018 is the SQL sum of people each side expelled since 1992', async ({
    page,
    sql,
  }) => {
    await page.goto('/reciprocity');
    for (const side of ['US', 'RU']) {
      const [sum] = sql<{ n: number }>(
        `SELECT coalesce(sum(people_affected), 0) AS n FROM events WHERE kind = 'expulsion'
         AND actor_country = ? AND occurred_on BETWEEN '1992-01-01' AND '2018-12-31'`,
        side,
      );
      await expect(page.locator(`tr[data-year="2018"] td[data-side="${side}"]`)).toHaveText(
        String(sum!.n),
      );
    }
  });

  test('the proposal with N = 100 shows its arithmetic, and its address reproduces it', async ({
    page,
    sql,
  }) => {
    await page.goto('/reciprocity?readmit=100#proposal');
    const steps = page.locator('.proposal-steps');
    const first = steps.locator('li').first();
    const now = await first.locator('strong').allInnerTexts();
    const [russian, american] = now.map((text) => Number(text.replace(/,/g, '')));
    // Each starting figure is a recorded figure of the source cited beside it.
    const cited = await first.getByRole('link').allInnerTexts();
    for (const [count, citation] of [russian, american].map((n, i) => [n, cited[i]!] as const)) {
      const title = /“(.+)”/.exec(citation)![1];
      const [match] = sql<{ n: number }>(
        `SELECT count(*) AS n FROM headcounts h JOIN sources s ON s.id = h.source_id
         WHERE h.count = ? AND s.title = ?`,
        count,
        title,
      );
      expect(match!.n, citation).toBeGreaterThan(0);
    }
    const [ceiling] = sql<{ n: number }>(
      `SELECT sum(count) AS n FROM headcounts WHERE scope = 'ceiling' AND sending_country = 'RU'
       AND host_country = 'US' AND coverage IN ('embassy', 'consulates')
       AND observed_on LIKE '1986-10-%'`,
    );
    await expect(steps).toContainText(`= ${ceiling!.n}: Russia`);
    await expect(steps.locator('[data-result="russian"]')).toHaveText(String(russian! + 100));
    await expect(steps.locator('[data-result="american"]')).toHaveText(String(american! + 100));
    await expect(steps.locator('[data-result="ratio"]')).toHaveText(
      `${((russian! + 100) / (american! + 100)).toFixed(2)}×`,
    );
    await expect(steps.locator('li').first().getByRole('link')).toHaveCount(2);
    const shown = await steps.innerText();
    await page.reload();
    expect(await steps.innerText()).toBe(shown);
  });

  test('passes axe at both widths', async ({ page }) => {
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/reciprocity');
      await expectNoSeriousViolations(page, `/reciprocity at ${width}px`);
    }
  });
});

test.describe('reciprocity without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the ledger, the balance and the proposal are in the page; the number is a form', async ({
    page,
  }) => {
    await page.goto('/reciprocity');
    await expect(page.locator('.ledger-table tbody tr').first()).toBeVisible();
    await expect(page.locator('.balance-chart svg')).toHaveCount(2);
    await page.getByLabel('Readmit this many Russian diplomats').fill('250');
    await page.getByRole('button', { name: 'Work it out' }).click();
    await expect(page).toHaveURL(/readmit=250/);
    await expect(page.locator('.proposal-steps')).toHaveAttribute('data-readmit', '250');
  });
});
