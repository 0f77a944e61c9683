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

/** Imports files and reports like a compiler: one line per problem, non-zero exit on any. */
export function importAndReport(files: string[]): boolean {
  const db = openMigratedDatabase();
  try {
    const report = importFiles(db, files);
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
