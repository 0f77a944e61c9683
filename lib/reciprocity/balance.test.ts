import { describe, expect, it } from 'vitest';
import { balancePlot, totalsOn, type BalanceRow } from './balance';

const rows: BalanceRow[] = [
  { on: '1994-02-25', actor: 'US', expelled: 1, postsClosed: 0 },
  { on: '2001-03-22', actor: 'US', expelled: 51, postsClosed: 0 },
  { on: '2001-03-23', actor: 'RU', expelled: 50, postsClosed: 0 },
  { on: '2018-03-26', actor: 'US', expelled: 111, postsClosed: 1 },
];

describe('the balance', () => {
  it('gives each side’s running total on a day: the last step at or before it', () => {
    expect(Object.fromEntries(totalsOn(rows, '2001-03-22', 'expelled'))).toEqual({ US: 51 });
    expect(Object.fromEntries(totalsOn(rows, '2018-12-31', 'expelled'))).toEqual({
      US: 111,
      RU: 50,
    });
    expect(Object.fromEntries(totalsOn(rows, '2018-12-31', 'postsClosed'))).toEqual({
      US: 1,
      RU: 0,
    });
    expect(totalsOn(rows, '1990-01-01', 'expelled').size).toBe(0);
  });

  it('draws each side as a step line from zero across the span, on round gridlines', () => {
    const plot = balancePlot(rows, 'expelled', ['1992-01-01', '2022-01-01'], {
      width: 636,
      height: 224,
    });
    expect(plot.lines.map((line) => line.actor)).toEqual(['RU', 'US']);
    const us = plot.lines[1]!.d;
    // Starts at the left edge on the zero line, steps at each total, runs to the right edge.
    expect(us.startsWith('M36 204H')).toBe(true);
    expect(us.endsWith('H636')).toBe(true);
    expect(us.match(/V/g)).toHaveLength(3);
    expect(plot.yTicks.map((tick) => tick.label)).toEqual(['0', '50', '100', '150']);
    expect(plot.yTicks[0]!.y).toBe(204);
    expect(plot.yTicks.at(-1)!.y).toBe(4);
    // 1995 is three years into thirty, a tenth of the 600 px plot.
    expect(plot.xTicks[0]).toEqual({ x: 96, label: '1995' });
  });
});
