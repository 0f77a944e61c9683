import fs from 'node:fs';
import path from 'node:path';
import { Package, validate } from 'datapackage';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { csvTables, csvWriteOrder } from '@/lib/dataset/tables';
import { datasetArchive } from './dataset-archive';
import { datasetFiles, importFiles } from './dataset-files';
import { exportedFiles } from './export';
import { roundTripFixture } from './testing';

const trip = roundTripFixture();
beforeEach(() => {
  expect(importFiles(trip.first.db, datasetFiles()).ok).toBe(true);
});

const version = { revision: 7, changedAt: new Date('2026-11-27T08:00:00Z') };

/** Unzips the archive into the scratch folder, as a reader would. */
function unpack(): Record<string, Uint8Array> {
  const files = unzipSync(datasetArchive(trip.first.db, version));
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(trip.dir, name)), { recursive: true });
    fs.writeFileSync(path.join(trip.dir, name), bytes);
  }
  return files;
}

describe('the dataset as one ZIP', () => {
  it('holds every CSV, the articles, datapackage.json, a README and CITATION.cff', () => {
    const names = Object.keys(unpack()).sort();
    const csvs = csvWriteOrder.map((name) => `data/${csvTables[name].fileName}`);
    const articles = datasetFiles()
      .filter((file) => file.endsWith('.md'))
      .map((file) => `data/articles/${path.basename(file)}`);
    expect(names).toEqual(
      [...csvs, ...articles, 'CITATION.cff', 'README.md', 'datapackage.json'].sort(),
    );
    const readme = fs.readFileSync(path.join(trip.dir, 'README.md'), 'utf8');
    expect(readme).toContain('Revision 7, last changed 2026-11-27T08:00:00.000Z');
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('cff-version: 1.2.0');
    expect(readme).toContain('## countries.csv');
  });

  it('is the same bytes every time for one revision', () => {
    expect(datasetArchive(trip.first.db, version)).toEqual(datasetArchive(trip.first.db, version));
  });

  it('describes itself with a descriptor that the Data Package profile accepts', async () => {
    const files = unpack();
    const descriptor = JSON.parse(strFromU8(files['datapackage.json']!));
    expect(await validate(descriptor)).toEqual({ valid: true, errors: [] });
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(
      csvWriteOrder.map((name) => `data/${csvTables[name].fileName}`),
    );
  });

  it('has CSVs that meet their own schema: types, constraints, keys and references', async () => {
    unpack();
    // Read with every value cast and every foreign key looked up: a cell that breaks its
    // field's type, pattern or enum, or names a row that is not there, throws.
    const dataPackage = await Package.load(path.join(trip.dir, 'datapackage.json'));
    expect(dataPackage.valid).toBe(true);
    for (const resource of dataPackage.resources) {
      const rows = await resource.read({ relations: true });
      const file = exportedFiles(trip.first.db).find(
        (exported) => `data/${exported.fileName}` === resource.descriptor.path,
      );
      expect(rows.length, resource.name).toBe(parse(file!.contents, { columns: true }).length);
    }
  });

  it('re-imports to an identical database', () => {
    unpack();
    expect(importFiles(trip.second.db, datasetFiles(path.join(trip.dir, 'data'))).ok).toBe(true);
    expect(exportedFiles(trip.second.db)).toEqual(exportedFiles(trip.first.db));
  });
});
