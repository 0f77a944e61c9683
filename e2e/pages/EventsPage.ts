import type { Locator, Page } from '@playwright/test';

/** The events explorer (`/events`), as a reader uses it. */
export class EventsPage {
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.list = page.locator('.event-list');
  }

  async open(query = '') {
    await this.page.goto(`/events${query}`);
  }

  async pickYear(year: string) {
    await this.page.getByLabel('Year', { exact: true }).selectOption(year);
  }

  eventTitles(): Locator {
    return this.list.getByRole('heading');
  }

  total(label: string): Locator {
    return this.page
      .getByLabel('Totals for these filters')
      .locator('div')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }

  bar(year: number): Locator {
    return this.page.locator(`a[data-year="${year}"]`);
  }
}
