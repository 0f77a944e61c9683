import { stringify } from 'csv-stringify/sync';
import { toCells } from '../dataset/cells';
import { csvTables } from '../dataset/tables';
import type { FacilityState } from './states';

/** Every facility as its row of data/facilities.csv, with where it stood on `day`. */
export function facilitiesCsv(day: string, rows: readonly (object & { state: FacilityState })[]) {
  return stringify(
    rows.map((row) => ({ ...toCells('facilities', row), state: row.state, day })),
    { header: true, columns: [...csvTables.facilities.columns, 'state', 'day'] },
  );
}
