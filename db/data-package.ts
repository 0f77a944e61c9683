import 'server-only';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { precisionOf, propertyOf } from '@/lib/dataset/cells';
import { columnForms } from '@/lib/dataset/fields';
import { csvTables, csvWriteOrder, type CsvTables } from '@/lib/dataset/tables';
import { tables } from './table-keys';

// The dataset as a Frictionless Data Package (datapackage.json): each CSV file's fields,
// types, constraints and keys, read from the database schema the files are imported into.

/** Data Package resource names are lower-case, digits, `-`, `_` and `.`. */
const resourceOf = (table: keyof CsvTables) => csvTables[table].fileName.replace(/\.csv$/, '');

const partialDatePattern = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

/** A CSV column as a Table Schema field, from the database column it is stored in. */
function fieldOf(table: keyof CsvTables, column: string) {
  const columns = getTableColumns(tables[table].table) as Record<string, SQLiteColumn>;
  const stored = columns[propertyOf(column)];
  const codec = (csvTables[table].row as { in?: { shape?: Record<string, never> } }).in?.shape?.[
    column
  ];
  const title = codec ? columnForms.get(codec)?.label : undefined;
  const required = stored?.notNull ? { required: true } : {};
  if (column in precisionOf) {
    return {
      name: column,
      ...(title ? { title } : {}),
      type: 'string',
      description: 'A date as precisely as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.',
      constraints: { ...required, pattern: partialDatePattern },
    };
  }
  if (!stored) {
    // Stored otherwise than as written: a coverage note's period is kept as its first year.
    return {
      name: column,
      type: 'string',
      constraints: { required: true, pattern: '^\\d{4}-\\d{4}$' },
    };
  }
  const type =
    stored.dataType === 'boolean'
      ? 'boolean'
      : stored.columnType === 'SQLiteInteger'
        ? 'integer'
        : 'string';
  const values = (stored as { enumValues?: readonly string[] }).enumValues;
  return {
    name: column,
    ...(title ? { title } : {}),
    type,
    ...(type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    constraints: {
      ...required,
      ...(values?.length ? { enum: [...values] } : {}),
      ...(type === 'integer' ? { minimum: 0 } : {}),
    },
  };
}

function resourceFor(table: keyof CsvTables) {
  const spec = csvTables[table];
  const foreignKeys = spec.references
    .filter((reference) => reference.table !== 'articles')
    .map((reference) => {
      const target = reference.table as keyof CsvTables;
      return {
        fields: reference.column,
        reference: { resource: resourceOf(target), fields: csvTables[target].keyColumns[0]! },
      };
    });
  return {
    name: resourceOf(table),
    path: `data/${spec.fileName}`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: spec.columns.map((column) => fieldOf(table, column)),
      primaryKey: [...spec.keyColumns],
      ...(foreignKeys.length ? { foreignKeys } : {}),
      missingValues: [''],
    },
  };
}

/** The descriptor of the dataset as it stands at `revision`, changed last at `changedAt`. */
export function dataPackageDescriptor(version: { revision: number; changedAt: Date | null }) {
  return {
    profile: 'tabular-data-package',
    name: 'us-russia-diplomatic-staffing',
    title: 'US and Russian diplomatic staffing and the measures that moved it',
    description:
      'Dated headcounts of US and Russian diplomatic staff in each other’s country, and the events that changed them (expulsions, closures, caps, talks), every row with its source. README.md is the codebook; the articles the figures are tied to are in data/articles/.',
    version: `revision-${version.revision}`,
    ...(version.changedAt ? { created: version.changedAt.toISOString() } : {}),
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    resources: csvWriteOrder.map(resourceFor),
  };
}
