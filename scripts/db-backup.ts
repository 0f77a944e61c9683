import { databasePath, openDatabase } from '@/db/connection';

// npm run db:backup -- <file>: a consistent copy of the live database, taken with SQLite's
// online backup while the server keeps serving and writing.
const target = process.argv[2];
if (!target) {
  console.error('usage: npm run db:backup -- <backup file>');
  process.exitCode = 2;
} else {
  const db = openDatabase();
  db.$client
    .backup(target)
    .then(({ totalPages }) =>
      console.log(`Backed up ${databasePath()} to ${target} (${totalPages} pages)`),
    )
    .catch((error: Error) => {
      console.error(`Backup failed: ${error.message}`);
      process.exitCode = 1;
    })
    .finally(() => db.$client.close());
}
