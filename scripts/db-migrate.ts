import { databasePath } from '@/db/connection';
import { openMigratedDatabase } from './cli';

openMigratedDatabase().$client.close();
console.log(`Migrated ${databasePath()}`);
