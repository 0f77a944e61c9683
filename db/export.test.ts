import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvTables, csvWriteOrder } from '@/lib/dataset/tables';
import { dataDirectory, datasetFiles, importFiles } from './dataset-files';
import { exportDataset } from './export';
import { createTestDatabase } from './testing';

let first: ReturnType<typeof createTestDatabase>;
let second: ReturnType<typeof createTestDatabase>;
let out: string;
beforeEach(() => {
  first = createTestDatabase();
  second = createTestDatabase();
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-export-'));
});
afterEach(() => {
  first.dispose();
  second.dispose();
  fs.rmSync(out, { recursive: true, force: true });
});

const read = (dir: string) =>
  csvWriteOrder.map((name) => fs.readFileSync(path.join(dir, csvTables[name].fileName)));

describe('npm run data:export', () => {
  it('writes data/ back byte for byte: import → export → import changes nothing', () => {
    expect(importFiles(first.db, datasetFiles()).ok).toBe(true);
    exportDataset(first.db, out);
    expect(read(out)).toEqual(read(dataDirectory));

    fs.cpSync(path.join(dataDirectory, 'articles'), path.join(out, 'articles'), {
      recursive: true,
    });
    expect(importFiles(second.db, datasetFiles(out)).ok).toBe(true);
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-export-'));
    exportDataset(second.db, again);
    expect(read(again)).toEqual(read(out));
    fs.rmSync(again, { recursive: true, force: true });
  });
});
