import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/dataset/problems';
import { datasetFiles, importFiles } from './dataset-files';
import { createTestDatabase } from './testing';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
  expect(importFiles(testDb.db, datasetFiles()).ok).toBe(true);
});
afterEach(() => testDb.dispose());

const header =
  'id,observed_on,sending_country,host_country,count,bound,scope,coverage,includes_un_mission,facility_id,is_estimate,note,source_id,support';

function importBytes(bytes: Buffer | string) {
  const file = path.join(path.dirname(testDb.file), 'headcounts.csv');
  fs.writeFileSync(file, bytes);
  const before = testDb.db.all(sql`SELECT * FROM headcounts ORDER BY id`);
  const report = importFiles(testDb.db, [file]);
  expect(testDb.db.all(sql`SELECT * FROM headcounts ORDER BY id`)).toEqual(before);
  expect(report.ok).toBe(false);
  return report.ok ? [] : report.problems.map(formatProblem);
}

describe('a bad file is refused with a clear message, and nothing is written', () => {
  it.each([
    ['an empty file', '', /the file is empty; expected the header/],
    ['a header only', `${header}\n`, /has a header but no rows/],
    ['a wrong header', 'name,value\nx,1\n', /the first line is not the header/],
    [
      'binary junk',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff, 0xfe, 0x10, 0x0a, 0x00, 0x42]),
      /not the header|not readable|empty/,
    ],
    ['UTF-16 text', Buffer.from(`\uFEFF${header}\n`, 'utf16le'), /not the header|not readable/],
  ])('%s', (_, bytes, message) => {
    const problems = importBytes(bytes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('a 10 MB line', () => {
    const row = `huge,2021-10-28,US,RU,120,exact,total_staff,country,,,true,"${'x'.repeat(10 * 1024 * 1024)}",article-2025-repatriate-russian-diplomats,article_only`;
    const problems = importBytes(`${header}\n${row}\n`);
    expect(problems).toEqual([
      expect.stringMatching(/headcounts.csv:2:note: "x{80}…": expected at most 5000 characters/),
    ]);
    expect(problems.every((p) => p.length < 500)).toBe(true);
  });
});
