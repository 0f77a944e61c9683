import { openDatabase, databasePath } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { importFiles } from '@/db/dataset-files';
import { formatProblem } from '@/lib/dataset/problems';

/** Opens the database named by DATABASE_PATH with every migration applied. */
export function openMigratedDatabase() {
  const db = openDatabase();
  migrateDatabase(db);
  return db;
}

const largeTable = 10_000;

/**
 * Progress of a large table on stderr, at its first batch and at every tenth of its rows, so
 * that stdout holds only the report, which is written after the commit.
 */
function printProgress() {
  const tenthShown = new Map<string, number>();
  return (table: string, written: number, total: number) => {
    if (total < largeTable) return;
    const tenth = Math.floor((written / total) * 10);
    if (tenthShown.get(table) === tenth) return;
    tenthShown.set(table, tenth);
    console.error(`${table}: ${written} of ${total} row(s) written…`);
  };
}

/** Imports files and reports like a compiler: one line per problem, non-zero exit on any. */
export function importAndReport(files: string[]): boolean {
  const db = openMigratedDatabase();
  try {
    const report = importFiles(db, files, { onWritten: printProgress() });
    if (!report.ok) {
      report.problems.forEach((problem) => console.error(formatProblem(problem)));
      console.error(
        `${report.problems.length} problem(s) found; nothing was written to ${databasePath()}.`,
      );
      process.exitCode = 1;
      return false;
    }
    for (const { table, rows, changed } of report.written) {
      console.log(`${table}: ${rows} row(s) read, ${changed} inserted or changed`);
    }
    return true;
  } finally {
    db.$client.close();
  }
}
