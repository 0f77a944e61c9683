import { describe, expect, it } from 'vitest';
import { sortFacilities } from './sort';

const row = (name: string, openedOn: string | null, closedOn: string | null) =>
  ({ name, city: name, kind: 'embassy', openedOn, closedOn, state: 'open' }) as const;

const rows = [
  row('Seattle', '1992-12-16', '2018-04-02'),
  row('Dacha', null, '2017-08-01'),
  row('Houston', '2004-08-04', null),
];

const names = (sorted: { name: string }[]) => sorted.map((r) => r.name);

describe('sortFacilities', () => {
  it('sorts by a date either way, with missing dates last in both directions', () => {
    expect(names(sortFacilities(rows, 'opened', 'asc'))).toEqual(['Seattle', 'Houston', 'Dacha']);
    expect(names(sortFacilities(rows, 'opened', 'desc'))).toEqual(['Houston', 'Seattle', 'Dacha']);
    expect(names(sortFacilities(rows, 'closed', 'desc'))).toEqual(['Seattle', 'Dacha', 'Houston']);
  });

  it('sorts by name and breaks ties by name', () => {
    expect(names(sortFacilities(rows, 'name', 'desc'))).toEqual(['Seattle', 'Houston', 'Dacha']);
    expect(names(sortFacilities(rows, 'kind', 'desc'))).toEqual(['Dacha', 'Houston', 'Seattle']);
  });

  it('orders states open, suspended, closed', () => {
    const states = [
      { ...row('A', null, null), state: 'closed' },
      { ...row('B', null, null), state: 'open' },
      { ...row('C', null, null), state: 'suspended' },
    ] as const;
    expect(names(sortFacilities(states, 'state', 'asc'))).toEqual(['B', 'C', 'A']);
  });
});

describe('sortFacilities on ties', () => {
  const tied = [
    { ...row('Zeta', '1992-12-16', '2018-04-02'), city: 'Moscow', state: 'closed' },
    { ...row('Alpha', '1992-12-16', '2018-04-02'), city: 'Moscow', state: 'closed' },
  ] as const;

  it('orders rows equal on the column by name, whichever the column and direction', () => {
    for (const sort of ['city', 'kind', 'opened', 'closed', 'state'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        expect(names(sortFacilities(tied, sort, dir)), `${sort} ${dir}`).toEqual(['Alpha', 'Zeta']);
      }
    }
  });

  it('sorts by city either way', () => {
    const cities = [
      { ...row('A', null, null), city: 'Seattle' },
      { ...row('B', null, null), city: 'Houston' },
    ];
    expect(names(sortFacilities(cities, 'city', 'asc'))).toEqual(['B', 'A']);
    expect(names(sortFacilities(cities, 'city', 'desc'))).toEqual(['A', 'B']);
  });
});
