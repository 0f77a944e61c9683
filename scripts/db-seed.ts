import { datasetFiles } from '@/db/dataset-files';
import { importAndReport } from './cli';

// Loads every file under data/; re-running it changes only what was edited.
importAndReport(datasetFiles());
