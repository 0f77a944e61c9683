import { describe, expect, it } from 'vitest';
import { yearStart } from '../chart/time';
import { plotOf } from './plot';
import type { StaffingSeries } from './types';

const step = (year: number, low: number, high: number) => ({
  t: yearStart(year),
  date: `${year}-01-01`,
  precision: 'year' as const,
  low,
  high,
  figureCount: 1,
  observations: [],
  heldFrom: null,
});

describe('plotOf', () => {
  it('scales the value axis to the highest figure of any series, and ticks the years', () => {
    const series = [
      { key: 'US-RU:total_staff', steps: [step(2016, 1000, 1210)] },
      { key: 'RU-US:total_staff', steps: [step(2017, 455, 455)] },
    ] as unknown as StaffingSeries[];
    const plot = plotOf(series, [yearStart(2016), yearStart(2020)]);
    expect(plot.yAxis).toEqual({ max: 1250, ticks: [0, 250, 500, 750, 1000, 1250] });
    expect(plot.ticks.map((t) => new Date(t).getUTCFullYear())).toEqual([
      2016, 2017, 2018, 2019, 2020,
    ]);
    expect(plot.rows[0]).toEqual({
      t: yearStart(2016),
      'US-RU:total_staff': [1000, 1210],
      'RU-US:total_staff': null,
    });
  });

  it('has an axis even with nothing to draw', () => {
    expect(plotOf([], [0, 1]).yAxis).toEqual({ max: 10, ticks: [0, 5, 10] });
  });
});
