import { importAndReport } from './cli';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run data:import -- <file.csv> [more files…]');
  console.error('The file name says what it holds: events.csv, headcounts.csv, sources.csv, …');
  process.exitCode = 2;
} else {
  importAndReport(files);
}
