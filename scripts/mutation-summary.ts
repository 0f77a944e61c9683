/**
 * Summarises Stryker's JSON report (reports/mutation/mutation.json) as Markdown: the score
 * per file and every surviving mutant, for bench/MUTATION.md.
 *
 *   npx tsx scripts/mutation-summary.ts [report.json]
 */
import fs from 'node:fs';

type Mutant = {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
};
type Report = { files: Record<string, { source: string; mutants: Mutant[] }> };

const report = JSON.parse(
  fs.readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'),
) as Report;

/** Stryker's score: killed and timed out over every mutant that was tested or not covered. */
const detected = (m: Mutant) => m.status === 'Killed' || m.status === 'Timeout';
const counted = (m: Mutant) => detected(m) || m.status === 'Survived' || m.status === 'NoCoverage';
const score = (mutants: Mutant[]) => {
  const total = mutants.filter(counted).length;
  return total ? (100 * mutants.filter(detected).length) / total : 100;
};

const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
const all = files.flatMap(([, f]) => f.mutants);
const lines = [
  `Score ${score(all).toFixed(1)} % — ${all.filter(detected).length} detected of ${all.filter(counted).length}` +
    ` (${all.filter((m) => m.status === 'Survived').length} survived, ` +
    `${all.filter((m) => m.status === 'NoCoverage').length} not covered, ` +
    `${all.filter((m) => m.status === 'Ignored').length} ignored).`,
  '',
  '| file | score | survived | not covered |',
  '| --- | ---: | ---: | ---: |',
  ...files.map(
    ([name, f]) =>
      `| ${name} | ${score(f.mutants).toFixed(0)} % | ${f.mutants.filter((m) => m.status === 'Survived').length} | ` +
      `${f.mutants.filter((m) => m.status === 'NoCoverage').length} |`,
  ),
  '',
  '### Survivors',
  '',
];
for (const [name, f] of files) {
  const source = f.source.split('\n');
  for (const m of f.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
    const { line } = m.location.start;
    const code = (source[line - 1] ?? '').trim().slice(0, 70);
    const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 50);
    lines.push(
      `- ${name}:${line} ${m.mutatorName} (${m.status}): \`${code}\` → \`${replacement}\``,
    );
  }
}
console.log(lines.join('\n'));
