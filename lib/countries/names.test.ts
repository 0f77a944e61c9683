import { describe, expect, it } from 'vitest';
import {
  directionLabel,
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
