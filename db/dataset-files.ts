import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '@/lib/dataset/parse-article';
import { parseDataCsv } from '@/lib/dataset/parse-csv';
import type { Problem } from '@/lib/dataset/problems';
import { csvTables, csvWriteOrder } from '@/lib/dataset/tables';
import type { Db } from './connection';
import type { DatasetInput } from '@/lib/dataset/input';
import { importDataset, type ImportProgress, type ImportReport } from './import';

// Read at run time; next.config.js names the files the standalone build copies.
export const dataDirectory = path.join(/* turbopackIgnore: true */ process.cwd(), 'data');

/** Every file of the curated dataset: the CSV tables, then data/articles/*.md. */
export function datasetFiles(directory: string = dataDirectory): string[] {
  const csvs = csvWriteOrder.map((name) =>
    path.join(/* turbopackIgnore: true */ directory, csvTables[name].fileName),
  );
  const articleDir = path.join(/* turbopackIgnore: true */ directory, 'articles');
  const articleFiles = fs.existsSync(articleDir)
    ? fs
        .readdirSync(articleDir)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => path.join(articleDir, name))
    : [];
  return [...csvs, ...articleFiles];
}

/** Reads, validates and imports the given files: all of them, or nothing if any is wrong. */
export function importFiles(db: Db, files: string[], progress: ImportProgress = {}): ImportReport {
  const input: DatasetInput = { csvs: [], articles: [] };
  const problems: Problem[] = [];
  for (const file of files) {
    const shown = path.relative(process.cwd(), file) || file;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({
        file: shown,
        line: 1,
        message: `cannot read the file: ${(error as Error).message}`,
      });
      continue;
    }
    if (file.endsWith('.md')) {
      const outcome = parseArticle(shown, text);
      problems.push(...outcome.problems);
      if (outcome.parsed) input.articles.push(outcome.parsed);
    } else {
      const outcome = parseDataCsv(shown, text);
      problems.push(...outcome.problems);
      if (outcome.parsed) input.csvs.push(outcome.parsed);
    }
  }
  const tablesSeen = input.csvs.map((csv) => csv.table);
  tablesSeen.forEach((table, i) => {
    if (tablesSeen.indexOf(table) !== i) {
      problems.push({
        file: input.csvs[i]!.file,
        line: 1,
        message: `a second ${input.csvs[i]!.spec.fileName} in one import`,
      });
    }
  });
  if (problems.length) return { ok: false, problems };
  return importDataset(db, input, progress);
}
