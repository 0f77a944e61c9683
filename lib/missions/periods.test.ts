import { describe, expect, it } from 'vitest';
import { periodsOf, stateOnDay } from './periods';

const dates = { openedOn: '1992-09-22', closedOn: null };

describe('periodsOf', () => {
  it('is one open period from opening to closing when nothing suspended the post', () => {
    expect(periodsOf({ openedOn: '1972-01-01', closedOn: '2018-03-31' }, [])).toEqual([
      { from: '1972-01-01', to: '2018-03-31', state: 'open' },
    ]);
  });

  it('splits at a suspension and at a reopening, ignoring events that change nothing', () => {
    const links = [
      { role: 'affected', occurredOn: '2017-07-28' },
      { role: 'suspended', occurredOn: '2020-03-01' },
      { role: 'suspended', occurredOn: '2020-06-01' },
      { role: 'reopened', occurredOn: '2022-01-01' },
    ] as const;
    expect(periodsOf(dates, links)).toEqual([
      { from: '1992-09-22', to: '2020-03-01', state: 'open' },
      { from: '2020-03-01', to: '2022-01-01', state: 'suspended' },
      { from: '2022-01-01', to: null, state: 'open' },
    ]);
  });

  it('ends a suspension at the closing, and ignores changes before opening or after closing', () => {
    const links = [
      { role: 'suspended', occurredOn: '1990-01-01' },
      { role: 'suspended', occurredOn: '2020-03-01' },
      { role: 'reopened', occurredOn: '2021-05-01' },
    ] as const;
    expect(periodsOf({ openedOn: '1992-09-22', closedOn: '2021-01-01' }, links)).toEqual([
      { from: '1992-09-22', to: '2020-03-01', state: 'open' },
      { from: '2020-03-01', to: '2021-01-01', state: 'suspended' },
    ]);
  });

  it('starts before the record when the opening is not recorded', () => {
    expect(periodsOf({ openedOn: null, closedOn: '2017-08-01' }, [])).toEqual([
      { from: null, to: '2017-08-01', state: 'open' },
    ]);
  });

  it('takes a suspension and a reopening on one day as open, whatever their order', () => {
    const links = [
      { role: 'reopened', occurredOn: '2020-03-01' },
      { role: 'suspended', occurredOn: '2020-03-01' },
    ] as const;
    expect(periodsOf(dates, links)).toEqual([{ from: '1992-09-22', to: null, state: 'open' }]);
  });

  it('keeps a post suspended on the day it opened as one suspended period', () => {
    const periods = periodsOf(dates, [{ role: 'suspended', occurredOn: '1992-09-22' }]);
    expect(periods).toEqual([{ from: '1992-09-22', to: null, state: 'suspended' }]);
  });
});

describe('stateOnDay', () => {
  const closed = { openedOn: '1992-09-22', closedOn: '2021-01-01' };
  const periods = periodsOf(closed, [{ role: 'suspended', occurredOn: '2020-03-01' }]);

  it('reads not yet open, open, suspended and closed at each boundary', () => {
    expect(stateOnDay(closed, periods, '1992-09-21')).toBe('not_open');
    expect(stateOnDay(closed, periods, '1992-09-22')).toBe('open');
    expect(stateOnDay(closed, periods, '2020-02-29')).toBe('open');
    expect(stateOnDay(closed, periods, '2020-03-01')).toBe('suspended');
    expect(stateOnDay(closed, periods, '2020-12-31')).toBe('suspended');
    expect(stateOnDay(closed, periods, '2021-01-01')).toBe('closed');
  });
});

describe('stateOnDay without an opening date', () => {
  it('says opening not recorded until the closing, then closed', () => {
    const dacha = { openedOn: null, closedOn: '2017-08-01' };
    const periods = periodsOf(dacha, []);
    expect(stateOnDay(dacha, periods, '1900-01-01')).toBe('undated');
    expect(stateOnDay(dacha, periods, '2017-07-31')).toBe('undated');
    expect(stateOnDay(dacha, periods, '2017-08-01')).toBe('closed');
  });
});
