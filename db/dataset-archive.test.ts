import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Package, validate } from 'datapackage';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvTables, csvWriteOrder } from '@/lib/dataset/tables';
import { datasetArchive } from './dataset-archive';
import { datasetFiles, importFiles } from './dataset-files';
import { exportedFiles } from './export';
import { createTestDatabase } from './testing';

let first: ReturnType<typeof createTestDatabase>;
let second: ReturnType<typeof createTestDatabase>;
let out: string;
beforeEach(() => {
  first = createTestDatabase();
  second = createTestDatabase();
  expect(importFiles(first.db, datasetFiles()).ok).toBe(true);
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-archive-'));
});
afterEach(() => {
  first.dispose();
  second.dispose();
  fs.rmSync(out, { recursive: true, force: true });
});

const version = { revision: 7, changedAt: new Date('2026-11-27T08:00:00Z') };

/** Unzips the archive into `out`, as a reader would. */
function unpack(): Record<string, Uint8Array> {
  const files = unzipSync(datasetArchive(first.db, version));
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    fs.writeFileSync(path.join(out, name), bytes);
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
    const readme = fs.readFileSync(path.join(out, 'README.md'), 'utf8');
    expect(readme).toContain('Revision 7, last changed 2026-11-27T08:00:00.000Z');
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('cff-version: 1.2.0');
    expect(readme).toContain('## countries.csv');
  });

  it('is the same bytes every time for one revision', () => {
    expect(datasetArchive(first.db, version)).toEqual(datasetArchive(first.db, version));
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
    const dataPackage = await Package.load(path.join(out, 'datapackage.json'));
    expect(dataPackage.valid).toBe(true);
    for (const resource of dataPackage.resources) {
      const rows = await resource.read({ relations: true });
      const file = exportedFiles(first.db).find(
        (exported) => `data/${exported.fileName}` === resource.descriptor.path,
      );
      expect(rows.length, resource.name).toBe(parse(file!.contents, { columns: true }).length);
    }
  });

  it('re-imports to an identical database', () => {
    unpack();
    expect(importFiles(second.db, datasetFiles(path.join(out, 'data'))).ok).toBe(true);
    expect(exportedFiles(second.db)).toEqual(exportedFiles(first.db));
  });
});
