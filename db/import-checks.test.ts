import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/dataset/problems';
import { datasetFiles, importFiles } from './dataset-files';
import { createTestDatabase } from './testing';

// Cross-file checks of an import into the seeded dataset: references, sources, quotes.
let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
  expect(importFiles(testDb.db, datasetFiles()).ok).toBe(true);
});
afterEach(() => testDb.dispose());

/** Imports the given files (name → text); returns the problems, or [] if it was written. */
function importTexts(files: Record<string, string>): string[] {
  const dir = path.dirname(testDb.file);
  const paths = Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  });
  const report = importFiles(testDb.db, paths);
  return report.ok
    ? []
    : report.problems.map((p) => formatProblem({ ...p, file: path.relative(dir, p.file) }));
}

const articleText = (source: string, follows = '') =>
  `---\ntitle: A report\npublished_on: '2025-03'\nsource_id: ${source}\n${follows ? `follows_source_id: ${follows}\n` : ''}---\n\nThe words quoted here.\n`;
const known = 'article-2025-repatriate-russian-diplomats';
const eventHeader =
  'id,occurred_on,date_note,actor_country,target_country,is_joint,kind,people_affected,people_note,facilities,facilities_closed,summary,reason,responds_to,support';

describe('import checks across files', () => {
  it('refuses an article citing sources that exist nowhere, naming each column', () => {
    expect(
      importTexts({ 'articles/a-report.md': articleText('no-such-source', 'nor-this-one') }),
    ).toEqual([
      'articles/a-report.md:1:source_id: "no-such-source": expected the id of an existing row in sources.csv',
      'articles/a-report.md:1:follows_source_id: "nor-this-one": expected the id of an existing row in sources.csv',
    ]);
  });

  it('takes an article citing a stored source, or one in the same import', () => {
    expect(importTexts({ 'articles/a-report.md': articleText(known, known) })).toEqual([]);
    expect(
      importTexts({
        'articles/b-report.md': articleText('new-source'),
        'sources.csv': 'id,title,publisher,url,published_on\nnew-source,A new report,Reuters,,\n',
      }),
    ).toEqual([]);
  });

  it('refuses a new event without a source, and takes it with one in the same import', () => {
    const event = `${eventHeader}\n2030-01-01-test,2030-01-01,,US,RU,false,talks,,,,,Talks.,,,single_source\n`;
    expect(importTexts({ 'events.csv': event })).toEqual([
      'events.csv:2:id: "2030-01-01-test": expected at least one source for this event in event-sources.csv (import both files together)',
    ]);
    expect(testDb.db.all(sql`SELECT id FROM events WHERE id = '2030-01-01-test'`)).toEqual([]);
    expect(
      importTexts({
        'events.csv': event,
        'event-sources.csv': `event_id,source_id\n2030-01-01-test,${known}\n`,
      }),
    ).toEqual([]);
  });

  it('checks a quote against an article in the same import, and against a stored one', () => {
    const references = (slug: string, quote: string) =>
      `id,article_slug,quote,value,bound,aggregate,scope,note\nref-x,${slug},${quote},,,,,\n`;
    const withArticle = (quote: string) => ({
      'articles/a-report.md': articleText(known),
      'article-references.csv': references('a-report', quote),
    });
    expect(importTexts(withArticle('words quoted'))).toEqual([]);
    expect(importTexts(withArticle('words not quoted'))).toEqual([
      'article-references.csv:2:quote: "words not quoted": expected text found word for word in the article a-report',
    ]);
    const stored = testDb.db.get<{ slug: string }>(
      sql`SELECT slug FROM articles WHERE slug <> 'a-report'`,
    )!.slug;
    expect(
      importTexts({ 'article-references.csv': references(stored, 'no such words anywhere') }),
    ).toEqual([
      `article-references.csv:2:quote: "no such words anywhere": expected text found word for word in the article ${stored}`,
    ]);
  });
});
