import type { Locator, Page } from '@playwright/test';

export class HomePage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/');
  }

  /** The card for one direction, e.g. "US staff in Russia". */
  latestCard(label: string): Locator {
    return this.page
      .getByRole('list', { name: 'Latest recorded figures' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(label, { exact: true }) });
  }

  datasetCard(label: string): Locator {
    return this.page
      .getByRole('list', { name: 'In the dataset' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(label, { exact: true }) });
  }
}
