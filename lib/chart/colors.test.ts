import { describe, expect, it } from 'vitest';
import { countryColor } from './colors';

describe('countryColor', () => {
  it('gives each of the two countries its colour, and any other a neutral one', () => {
    expect([countryColor('US'), countryColor('RU'), countryColor('GB')]).toEqual([
      'var(--us)',
      'var(--ru)',
      'var(--muted)',
    ]);
  });
});
