import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvTables, csvWriteOrder } from '@/lib/dataset/tables';
import { dataDirectory, datasetFiles, importFiles } from './dataset-files';
import { exportDataset } from './export';
import { roundTripFixture } from './testing';

const trip = roundTripFixture();

const read = (dir: string) =>
  csvWriteOrder.map((name) => fs.readFileSync(path.join(dir, csvTables[name].fileName)));

describe('npm run data:export', () => {
  it('writes data/ back byte for byte: import → export → import changes nothing', () => {
    expect(importFiles(trip.first.db, datasetFiles()).ok).toBe(true);
    exportDataset(trip.first.db, trip.dir);
    expect(read(trip.dir)).toEqual(read(dataDirectory));

    fs.cpSync(path.join(dataDirectory, 'articles'), path.join(trip.dir, 'articles'), {
      recursive: true,
    });
    expect(importFiles(trip.second.db, datasetFiles(trip.dir)).ok).toBe(true);
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-export-'));
    exportDataset(trip.second.db, again);
    expect(read(again)).toEqual(read(trip.dir));
    fs.rmSync(again, { recursive: true, force: true });
  });
});
