import { count } from 'drizzle-orm';
import { databasePath } from '@/db/connection';
import { datasetFiles } from '@/db/dataset-files';
import { events } from '@/db/schema';
import { importAndReport, openMigratedDatabase } from './cli';

// Runs before the app builds or serves: migrate always, seed only a database with no data,
// so that a first run needs no manual step and later edits made in the app are kept.
const db = openMigratedDatabase();
const [row] = db.select({ events: count() }).from(events).all();
db.$client.close();
if (row?.events) {
  console.log(`Database ready: ${databasePath()} (${row.events} events)`);
} else {
  console.log(`Seeding the new database ${databasePath()} from data/`);
  importAndReport(datasetFiles());
}
