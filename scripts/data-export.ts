import path from 'node:path';
import { dataDirectory } from '@/db/dataset-files';
import { exportDataset } from '@/db/export';
import { openMigratedDatabase } from './cli';

// npm run data:export [-- <folder>]: the database back to CSV (default data/), for review in git.
const directory = process.argv[2] ?? dataDirectory;
const db = openMigratedDatabase();
try {
  for (const file of exportDataset(db, directory))
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
} finally {
  db.$client.close();
}
