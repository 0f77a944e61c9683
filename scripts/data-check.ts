import { connectDatabase } from '@/db/client';
import { openDatabase } from '@/db/connection';
import { datasetFiles, importFiles } from '@/db/dataset-files';
import { migrateDatabase } from '@/db/migrate';
import { getCoverage } from '@/db/queries/coverage';
import { loadCheckSnapshot } from '@/db/queries/data-check';
import { inCoverageGoal, periodLabel } from '@/lib/coverage/periods';
import { checkDataset, type Finding } from '@/lib/data-check/rules';
import { formatProblem } from '@/lib/dataset/problems';
import { unexplainedGaps } from '@/lib/data-check/gaps';

// npm run data:check: imports data/ into a database in memory (the import's own validation
// first), then runs the dataset's rules and prints the coverage of the record. Exits 1 on
// any problem or finding.
const db = openDatabase(':memory:');
migrateDatabase(db);
const report = importFiles(db, datasetFiles());
if (!report.ok) {
  report.problems.forEach((problem) => console.error(formatProblem(problem)));
  console.error(`${report.problems.length} problem(s): the dataset does not import.`);
  process.exit(1);
}
connectDatabase(db);

const coverage = getCoverage();
const findings: Finding[] = [...checkDataset(loadCheckSnapshot()), ...unexplainedGaps(coverage)];

console.log('Coverage: a staffing figure (all staff, own nationals or diplomats) per period');
const goal = coverage.directions.map((d) => ({
  ...d,
  cells: d.cells.filter((c) => inCoverageGoal(c.period)),
}));
for (const direction of goal) {
  const marks = direction.cells.map(
    (c) => `${periodLabel(c.period)} ${c.covered ? '✓' : c.note ? '–' : '✗'}`,
  );
  console.log(`  ${direction.label}: ${marks.join('  ')}`);
}
const cells = goal.flatMap((d) => d.cells);
console.log(
  `  ${cells.filter((c) => c.covered).length} of ${cells.length} cells covered; ` +
    `${cells.filter((c) => !c.covered && c.note).length} gaps explained by a coverage note (–).`,
);

console.log('');
for (const finding of findings) console.error(`${finding.rule}: ${finding.id}: ${finding.message}`);
if (findings.length) {
  console.error(`${findings.length} finding(s).`);
  process.exit(1);
}
console.log('No findings.');
