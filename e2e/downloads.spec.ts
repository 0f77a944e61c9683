import { validate } from 'datapackage';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';

test('the whole dataset downloads as a ZIP: every table, a valid datapackage.json, the codebook', async ({
  page,
  sql,
}) => {
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /the whole dataset/ }).click();
  const file = await download;
  const [revision] = sql<{ revision: number }>('SELECT revision FROM dataset_revision');
  expect(file.suggestedFilename()).toBe(`us-russia-diplomatic-staffing-r${revision!.revision}.zip`);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));

  const descriptor = JSON.parse(strFromU8(files['datapackage.json']!));
  expect(await validate(descriptor)).toEqual({ valid: true, errors: [] });
  for (const resource of descriptor.resources as { path: string }[])
    expect(Object.keys(files)).toContain(resource.path);
  const events = parse(strFromU8(files['data/events.csv']!), { columns: true });
  expect(events).toHaveLength(sql<{ n: number }>('SELECT count(*) AS n FROM events')[0]!.n);
  expect(strFromU8(files['README.md']!)).toContain('## How to cite');
  expect(strFromU8(files['CITATION.cff']!)).toContain('cff-version: 1.2.0');
});

test('the chart downloads as PNG and as SVG for publication, with its title, source and date', async ({
  page,
  request,
  sql,
}) => {
  await page.goto('/staffing/diplomats/2016-2025/all');
  const png = await page.getByRole('link', { name: 'PNG', exact: true }).getAttribute('href');
  const svg = await page.getByRole('link', { name: 'SVG', exact: true }).getAttribute('href');
  expect(png).toBe('/preview/staffing/diplomats/2016-2025/all.png');
  expect(svg).toBe('/preview/staffing/diplomats/2016-2025/all.svg');
  const image = await request.get(png!);
  expect(image.headers()['content-type']).toBe('image/png');
  const file = await request.get(svg!);
  expect(file.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
  const text = await file.text();
  const [changed] = sql<{ day: string }>(
    'SELECT substr(changed_at, 1, 10) AS day FROM dataset_revision',
  );
  const day = new Date(`${changed!.day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  expect(text).toContain('>US and Russian diplomatic staff</text>');
  expect(text).toContain(`data as of ${day}</text>`);
  expect(text.match(/<path d="M/g)?.length).toBeGreaterThan(0);
});
