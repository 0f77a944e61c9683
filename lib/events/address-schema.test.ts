import { describe, expect, it } from 'vitest';
import { eventsSearch, noFilters } from './address';
import { checkEventsAddress } from './address-schema';

const parse = (query: string) => checkEventsAddress(query);

describe('checkEventsAddress', () => {
  it('reads every filter, with kinds from a list or repeated keys', () => {
    expect(parse('year=2018&actor=US&kind=facility_closure,expulsion&q=Seattle').filters).toEqual({
      ...noFilters,
      year: 2018,
      actor: 'US',
      kinds: ['expulsion', 'facility_closure'],
      q: 'Seattle',
    });
    expect(parse('kind=talks&kind=reopening').filters.kinds).toEqual(['reopening', 'talks']);
  });

  it('reports a bad parameter and keeps the others', () => {
    const { filters, problems } = parse('year=abc&actor=RU');
    expect(filters).toEqual({ ...noFilters, actor: 'RU' });
    expect(problems).toEqual([
      { parameter: 'year', value: 'abc', message: 'expected a year such as 2018' },
    ]);
    expect(parse('year=99999').problems[0]?.parameter).toBe('year');
  });

  it('drops a contradictory range whole', () => {
    expect(parse('from=2020&to=2010&kind=talks').filters).toEqual({
      ...noFilters,
      kinds: ['talks'],
    });
    expect(parse('year=2018&from=2016').filters).toEqual(noFilters);
  });

  it('ignores parameters it does not know', () => {
    expect(parse('utm_source=x&year=2018')).toEqual({
      filters: { ...noFilters, year: 2018 },
      problems: [],
    });
  });
});

describe('eventsSearch', () => {
  it('writes filters in one stable order, leaving out the empty ones', () => {
    const search = eventsSearch({
      ...noFilters,
      q: 'consulate',
      kinds: ['talks'],
      year: 2025,
    });
    expect(search).toBe('year=2025&kind=talks&q=consulate');
    const range = { ...noFilters, from: 2016, to: 2018, kinds: ['talks', 'expulsion'] as const };
    expect(eventsSearch({ ...range, kinds: [...range.kinds] })).toBe(
      'from=2016&to=2018&kind=talks%2Cexpulsion',
    );
    expect(parse(search).filters).toEqual({
      ...noFilters,
      q: 'consulate',
      kinds: ['talks'],
      year: 2025,
    });
  });
});

describe('checkEventsAddress, at its edges and in its words', () => {
  it('accepts a range of one year, and refuses one that runs backwards', () => {
    expect(parse('from=2018&to=2018')).toEqual({
      filters: { ...noFilters, from: 2018, to: 2018 },
      problems: [],
    });
    expect(parse('from=2019&to=2018').problems).toEqual([
      { parameter: 'from', value: '2019', message: 'expected from to be no later than to' },
    ]);
  });

  it('takes an open range on either side', () => {
    expect(parse('from=2016').filters).toEqual({ ...noFilters, from: 2016 });
    expect(parse('to=1991').filters).toEqual({ ...noFilters, to: 1991 });
  });

  it('says why a year cannot go with a range, and keeps the other filters', () => {
    expect(parse('year=2018&to=2020&actor=US')).toEqual({
      filters: { ...noFilters, actor: 'US' },
      problems: [
        { parameter: 'year', value: '2018', message: 'expected either year or from/to, not both' },
      ],
    });
  });

  it('keeps a good range when only a later parameter is bad', () => {
    expect(parse('from=2016&to=2018&actor=usa').filters).toEqual({
      ...noFilters,
      from: 2016,
      to: 2018,
    });
  });

  it('reads kinds with spaces and empty items, and names a kind it does not know', () => {
    expect(parse('kind= talks , ,expulsion').filters.kinds).toEqual(['expulsion', 'talks']);
    expect(parse('kind=talks,invasion').problems.map((p) => [p.parameter, p.value])).toEqual([
      ['kind', 'talks,invasion'],
    ]);
  });

  it('leaves unknown parameters out even when another parameter is bad', () => {
    expect(parse('year=abc&colour=red').filters).toEqual(noFilters);
  });
});
