import { describe, expect, it } from 'vitest';
import {
  directionLabel,
  directionLabelOn,
  indexCountries,
  nameOverTime,
  namesOf,
  directionLabelOver,
  expelledLabel,
  namesAt,
  renamingYears,
  yearOfEra,
  type CountryNames,
} from './names';

const russia: CountryNames = {
  code: 'RU',
  name: 'Russia',
  adjective: 'Russian',
  shortName: 'Russia',
  formerName: 'Soviet Union',
  formerAdjective: 'Soviet',
  formerShortName: 'the Soviet Union',
  formerAbbreviation: 'USSR',
  renamedIn: 1992,
};
const us: CountryNames = {
  code: 'US',
  name: 'United States',
  adjective: 'US',
  shortName: 'the US',
  formerName: null,
  formerAdjective: null,
  formerShortName: null,
  formerAbbreviation: null,
  renamedIn: null,
};

describe('country names by date', () => {
  it('calls RU the Soviet Union up to 1991 and Russia from 1992', () => {
    expect(namesAt(russia, 1991).abbreviation).toBe('USSR');
    expect(namesAt(russia, 1992).abbreviation).toBe('RU');
    expect(directionLabel(russia, us, 1985)).toBe('Soviet staff in the US');
    expect(directionLabel(us, russia, 1985)).toBe('US staff in the Soviet Union');
    expect(directionLabel(russia, us, 1992)).toBe('Russian staff in the US');
  });

  it('names both eras when a span crosses the renaming, one when it does not', () => {
    expect(directionLabelOver(russia, us, [1983, 2025])).toBe(
      'Soviet, then Russian staff in the US',
    );
    expect(directionLabelOver(us, russia, [1983, 2025])).toBe(
      'US staff in the Soviet Union, then Russia',
    );
    expect(directionLabelOver(russia, us, [2016, 2025])).toBe('Russian staff in the US');
    expect(directionLabelOver(russia, us, [1983, 1991])).toBe('Soviet staff in the US');
  });

  it('names the diplomats expelled as the countries were then', () => {
    expect(expelledLabel([us, russia], 'US', 1986)).toBe('Soviet diplomats expelled by the US');
    expect(expelledLabel([us, russia], 'RU', 1986)).toBe(
      'US diplomats expelled by the Soviet Union',
    );
    expect(expelledLabel([us, russia], 'RU', 2018)).toBe('US diplomats expelled by Russia');
    expect(yearOfEra([us, russia], 0, 2000)).toBe(1991);
    expect(yearOfEra([us, russia], 1, 2000)).toBe(1992);
    expect(yearOfEra([us], 0, 2000)).toBe(2000);
  });

  it('lists the years at which totals are split', () => {
    expect(renamingYears([us, russia, { ...russia, code: 'XX' }])).toEqual([1992]);
    expect(renamingYears([us])).toEqual([]);
  });
});

describe('names at their edges', () => {
  const gb: CountryNames = {
    ...us,
    code: 'GB',
    name: 'United Kingdom',
    adjective: 'British',
    shortName: 'the UK',
  };

  it('uses the new name from the year of renaming on, the former one only before it', () => {
    expect(namesAt(russia, 1991).shortName).toBe('the Soviet Union');
    expect(namesAt(russia, 1992).shortName).toBe('Russia');
    expect(namesAt(us, 1800).shortName).toBe('the US');
  });

  it('names a direction by the date’s year, or by its own label when a country is unknown', () => {
    const countries = indexCountries([russia, us]);
    const direction = { sending: 'RU', host: 'US', label: 'fallback' };
    expect(directionLabelOn(countries, direction, '1991-12-31')).toBe('Soviet staff in the US');
    expect(directionLabelOn(countries, direction, '1992-01-01')).toBe('Russian staff in the US');
    expect(directionLabelOn(countries, { ...direction, host: 'GB' }, '2020-01-01')).toBe(
      'fallback',
    );
    expect(directionLabelOn(countries, { ...direction, sending: 'GB' }, '2020-01-01')).toBe(
      'fallback',
    );
  });

  it('gives an unknown country its code for every name', () => {
    expect(namesOf(indexCountries([us]), 'XX', 2000)).toEqual({
      name: 'XX',
      adjective: 'XX',
      shortName: 'XX',
      abbreviation: 'XX',
    });
  });

  it('lists renaming years once each, ascending', () => {
    const later = { ...russia, code: 'XX', renamedIn: 2005 };
    const earlier = { ...russia, code: 'YY', renamedIn: 1950 };
    expect(renamingYears([later, russia, us, earlier, { ...russia, code: 'ZZ' }])).toEqual([
      1950, 1992, 2005,
    ]);
  });

  it('does not say whose diplomats were expelled when there are more than two countries', () => {
    expect(expelledLabel([russia, us, gb], 'US', 2018)).toBe('Diplomats expelled by the US');
    expect(expelledLabel([russia, us], 'US', 2018)).toBe('Russian diplomats expelled by the US');
  });

  it('names a country across the record with its former name', () => {
    expect(nameOverTime(russia)).toBe('Russia (Soviet Union before 1992)');
    expect(nameOverTime(us)).toBe('United States');
  });
});
