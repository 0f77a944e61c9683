import { type Locator, type Page } from '@playwright/test';
import { showChart } from '../charts';

/** The staffing dashboard (`/` and `/staffing/…`), as a reader uses it. */
export class DashboardPage {
  readonly headlines: Locator;

  constructor(private readonly page: Page) {
    this.headlines = page.getByRole('list', { name: 'Headline figures' });
  }

  async open(path = '/') {
    await this.page.goto(path);
  }

  headline(label: string): Locator {
    return this.headlines
      .getByRole('listitem')
      .filter({ has: this.page.getByText(label, { exact: true }) });
  }

  async choose(group: 'What is counted' | 'Time range' | 'Which series', choice: string) {
    await this.page
      .getByRole('navigation', { name: group })
      .getByRole('link', { name: choice, exact: true })
      .click();
  }

  current(group: 'What is counted' | 'Time range' | 'Which series'): Locator {
    return this.page.getByRole('navigation', { name: group }).locator('[aria-current="true"]');
  }

  async openTab(name: RegExp | string) {
    await this.page.getByRole('tab', { name }).click();
    return this.page.getByRole('tabpanel', { name });
  }

  eventMarkers(): Locator {
    return this.page.getByRole('group', { name: 'Events on the timeline' }).getByRole('button');
  }

  async waitForChart() {
    await showChart(this.page);
  }
}
