import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { formatProblem } from '@/lib/dataset/problems';
import { datasetFiles, importFiles } from './dataset-files';
import { createTestDatabase } from './testing';
import type { Db } from './connection';

let testDb: ReturnType<typeof createTestDatabase>;
let db: Db;
let scratch: string;

beforeEach(() => {
  testDb = createTestDatabase();
  db = testDb.db;
  scratch = path.dirname(testDb.file);
});
afterEach(() => testDb.dispose());

/** Writes a data file under the scratch folder; its name says which table it holds. */
function writeFile(name: string, lines: string[]): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function dump(): Record<string, unknown[]> {
  const tables = ['countries', 'sources', 'events', 'event_sources', 'headcounts', 'articles'];
  return Object.fromEntries(
    tables.map((t) => [t, db.all(sql.raw(`SELECT * FROM ${t} ORDER BY 1, 2`))]),
  );
}

function scalar(query: string): unknown {
  return Object.values(db.get<Record<string, unknown>>(sql.raw(query)) ?? {})[0];
}

describe('importing the curated dataset in data/', () => {
  it('loads every file, with every event and observation sourced', () => {
    const report = importFiles(db, datasetFiles());
    expect(report.ok, report.ok ? '' : report.problems.map(formatProblem).join('\n')).toBe(true);
    expect(scalar('SELECT count(*) FROM events')).toBeGreaterThanOrEqual(50);
    expect(scalar('SELECT count(*) FROM headcounts')).toBeGreaterThanOrEqual(25);
    expect(scalar('SELECT min(occurred_on) FROM events')).toMatch(/^1986-/);
    expect(scalar('SELECT max(occurred_on) FROM events')).toMatch(/^2025-/);
    expect(
      scalar('SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)'),
    ).toBe(0);
    expect(scalar('PRAGMA integrity_check')).toBe('ok');
    expect(db.all(sql`PRAGMA foreign_key_check`)).toEqual([]);
  });

  it('keeps the 1986 expulsions of 25 and of 55 as separate events', () => {
    importFiles(db, datasetFiles());
    const counts = db
      .all<{ people: number }>(
        sql`SELECT people_affected AS people FROM events
            WHERE actor_country = 'US' AND kind = 'expulsion' AND occurred_on LIKE '1986-%'
            ORDER BY occurred_on`,
      )
      .map((r) => r.people);
    expect(counts).toEqual([1, 25, 55]);
  });

  it('changes nothing when the same files are imported twice', () => {
    importFiles(db, datasetFiles());
    const before = dump();
    const revision = scalar('SELECT revision FROM dataset_revision');
    const second = importFiles(db, datasetFiles());
    expect(second.ok && second.written.every((w) => w.changed === 0)).toBe(true);
    expect(dump()).toEqual(before);
    // Nothing changed, so cached pages stay valid: the revision is not bumped.
    expect(scalar('SELECT revision FROM dataset_revision')).toBe(revision);
  });
});

describe('rejecting bad files', () => {
  beforeEach(() => {
    const report = importFiles(db, datasetFiles());
    expect(report.ok).toBe(true);
  });

  const headcountHeader =
    'id,observed_on,sending_country,host_country,count,bound,scope,coverage,includes_un_mission,facility_id,is_estimate,note,source_id,support';

  it('refuses an unknown source id and writes nothing', () => {
    const before = dump();
    const file = writeFile('headcounts.csv', [
      headcountHeader,
      'new-a,2025-06,US,RU,118,exact,total_staff,country,,,false,,article-2025-repatriate-russian-diplomats,article_only',
      'new-b,2025-06,US,RU,119,exact,total_staff,country,,,false,,no-such-source,single_source',
    ]);
    const report = importFiles(db, [file]);
    expect(report.ok ? [] : report.problems.map(formatProblem)).toEqual([
      `${path.relative(process.cwd(), file)}:3:source_id: "no-such-source": expected the id of an existing row in sources.csv`,
    ]);
    expect(dump()).toEqual(before);
  });

  it('accepts an id defined by another file of the same import', () => {
    const sources = writeFile('sources.csv', [
      'id,title,publisher,url,published_on',
      'new-source,"A new report",Reuters,https://example.org/a,2025-06-01',
    ]);
    const headcounts = writeFile('headcounts.csv', [
      headcountHeader,
      'new-a,2025-06,US,RU,118,exact,total_staff,country,,,false,,new-source,single_source',
    ]);
    expect(importFiles(db, [sources, headcounts]).ok).toBe(true);
    expect(scalar("SELECT count FROM headcounts WHERE id = 'new-a'")).toBe(118);
  });

  it('rolls back every file when an event ends up without a source', () => {
    const before = dump();
    const events = writeFile('events.csv', [
      'id,occurred_on,date_note,actor_country,target_country,is_joint,kind,people_affected,people_note,facilities,facilities_closed,summary,reason,responds_to,support',
      '2025-07-01-ru-expels-3,2025-07-01,,RU,US,false,expulsion,3,,,,Three expelled.,,,single_source',
      '2025-07-02-us-expels-3,2025-07-02,,US,RU,false,expulsion,3,,,,Three expelled.,,2025-07-01-ru-expels-3,single_source',
    ]);
    const links = writeFile('event-sources.csv', [
      'event_id,source_id',
      '2025-07-01-ru-expels-3,article-2025-repatriate-russian-diplomats',
    ]);
    const report = importFiles(db, [events, links]);
    expect(report.ok ? [] : report.problems.map((p) => `${p.line}:${p.column}:${p.value}`)).toEqual(
      ['3:id:2025-07-02-us-expels-3'],
    );
    expect(dump()).toEqual(before);
  });

  it('refuses an article reference whose quote is not in the article', () => {
    const before = dump();
    const file = writeFile('article-references.csv', [
      'id,article_slug,quote,value,bound,aggregate,scope,note',
      'misquote,repatriate-russian-diplomats,expelled over 1000 Russian diplomats,1000,over,,,',
    ]);
    const report = importFiles(db, [file]);
    expect(
      report.ok ? [] : report.problems.map((p) => `${p.line}:${p.column}:${p.message}`),
    ).toEqual([
      '2:quote:expected text found word for word in the article repatriate-russian-diplomats',
    ]);
    expect(dump()).toEqual(before);
  });

  it('bumps the revision when one file of an import changes and another does not', () => {
    const headcounts = fs.readFileSync(path.join('data', 'headcounts.csv'), 'utf8').trimEnd();
    const edited = writeFile('headcounts.csv', [
      headcounts,
      '2099-01-us-ru-planted,2099-01,US,RU,99,exact,total_staff,country,,,false,Planted,article-2025-repatriate-russian-diplomats,article_only',
    ]);
    const revision = Number(scalar('SELECT revision FROM dataset_revision'));
    const report = importFiles(db, [path.join('data', 'sources.csv'), edited]);
    expect(report.ok && report.written.map((w) => w.changed)).toEqual([0, 1]);
    expect(scalar('SELECT revision FROM dataset_revision')).toBe(revision + 1);
  });

  it('updates a row in place when its file is edited and imported again', () => {
    const file = writeFile('headcounts.csv', [
      headcountHeader,
      '2025-03-us-ru-diplomats-article,2025-03,US,RU,121,exact,total_staff,country,,,true,Edited,article-2025-repatriate-russian-diplomats,article_only',
    ]);
    const revision = scalar('SELECT revision FROM dataset_revision');
    const report = importFiles(db, [file]);
    expect(report.ok && report.written).toEqual([{ table: 'headcounts', rows: 1, changed: 1 }]);
    expect(scalar('SELECT revision FROM dataset_revision')).toBe(Number(revision) + 1);
    expect(
      scalar("SELECT count FROM headcounts WHERE id = '2025-03-us-ru-diplomats-article'"),
    ).toBe(121);
  });
});
