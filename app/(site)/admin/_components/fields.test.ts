import { describe, expect, it } from 'vitest';
import { csvTables } from '@/lib/dataset/tables';
import { eventFields, observationFields, sourceFields } from './fields';

const countries = ['RU', 'US'];
const sources = [{ id: 'tass-2018', title: 'TASS, 2018' }];

describe('the editor forms', () => {
  it('ask for every column of the files, in file order', () => {
    expect(eventFields(countries, sources).map((f) => f.name)).toEqual([
      ...csvTables.events.columns,
      'source_ids',
    ]);
    expect(observationFields(countries, sources).map((f) => f.name)).toEqual(
      csvTables.headcounts.columns,
    );
    expect(sourceFields.map((f) => f.name)).toEqual(csvTables.sources.columns);
  });

  it('require exactly the columns an import refuses empty, and never a checkbox', () => {
    const fields = eventFields(countries, sources);
    const required = fields.filter((f) => f.required).map((f) => f.name);
    expect(required).toEqual([
      'id',
      'occurred_on',
      'actor_country',
      'target_country',
      'kind',
      'summary',
      'support',
      'source_ids',
    ]);
    expect(fields.find((f) => f.name === 'is_joint')).toEqual({
      name: 'is_joint',
      label: 'Joint act of both',
      type: 'checkbox',
    });
  });

  it('offer the countries and sources in the database, and each vocabulary', () => {
    const fields = observationFields(countries, sources);
    const options = (name: string) => fields.find((f) => f.name === name)?.options;
    expect(options('host_country')).toEqual([
      { value: 'RU', label: 'RU' },
      { value: 'US', label: 'US' },
    ]);
    expect(options('source_id')).toEqual([{ value: 'tass-2018', label: 'TASS, 2018' }]);
    expect(options('includes_un_mission')?.map((o) => o.value)).toEqual(['true', 'false']);
  });
});
