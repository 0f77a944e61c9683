import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Db } from './connection';
import { dataPackageDescriptor } from './data-package';
import { dataDirectory, datasetFiles } from './dataset-files';
import { exportedFiles } from './export';

/** Every file of the package, by its path in the archive. */
type Files = Record<string, Uint8Array>;

const citation = () =>
  fs.readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'CITATION.cff'), 'utf8');

/** The archive's README: what it is, its licence, how to cite it, then the codebook. */
function readme(version: { revision: number; changedAt: Date | null }): string {
  const changed = version.changedAt ? `, last changed ${version.changedAt.toISOString()}` : '';
  return `# US and Russian diplomatic staffing: the dataset

Revision ${version.revision}${changed}. The CSV files are in \`data/\`, the articles the figures
are tied to in \`data/articles/\`; \`datapackage.json\` describes every column (Frictionless Data
Package), and the codebook below explains them.

Licence: Creative Commons Attribution 4.0 (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/ — each figure and event remains the report of
the source it cites; quote the source with the figure.

## How to cite

\`\`\`
${citation().trim()}
\`\`\`

${fs.readFileSync(path.join(/* turbopackIgnore: true */ dataDirectory, 'README.md'), 'utf8')}`;
}

/**
 * The whole dataset as one ZIP: every CSV as the export writes it, the article files, the
 * Data Package descriptor, a README with the codebook, licence and citation, and
 * CITATION.cff. Its files re-import to the same database (db/dataset-archive.test.ts).
 */
export function datasetArchive(db: Db, version: { revision: number; changedAt: Date | null }) {
  const files: Files = {
    'README.md': strToU8(readme(version)),
    'CITATION.cff': strToU8(citation()),
    'datapackage.json': strToU8(`${JSON.stringify(dataPackageDescriptor(version), null, 2)}\n`),
  };
  for (const { fileName, contents } of exportedFiles(db))
    files[`data/${fileName}`] = strToU8(contents);
  for (const file of datasetFiles().filter((name) => name.endsWith('.md'))) {
    files[`data/articles/${path.basename(file)}`] = fs.readFileSync(file);
  }
  // Dated by the data, so that one revision is always the same bytes.
  return zipSync(files, { level: 6, mtime: version.changedAt ?? new Date(0) });
}
