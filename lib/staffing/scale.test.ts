import { describe, expect, it } from 'vitest';
import { fractionOf, valueAxis } from './scale';

describe('valueAxis', () => {
  it('rounds the top of the axis up to an even step', () => {
    expect(valueAxis(1279)).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
    expect(valueAxis(455)).toEqual({ max: 500, ticks: [0, 100, 200, 300, 400, 500] });
    expect(valueAxis(220)).toEqual({ max: 250, ticks: [0, 50, 100, 150, 200, 250] });
    expect(valueAxis(0).max).toBeGreaterThan(0);
  });
});

describe('fractionOf', () => {
  it('places a time across its domain', () => {
    expect(fractionOf(15, [10, 20])).toBe(0.5);
    expect(fractionOf(10, [10, 10])).toBe(0);
  });
});

describe('valueAxis at its edges', () => {
  it('has an axis of 0–10 when there is nothing to draw', () => {
    expect(valueAxis(0)).toEqual({ max: 10, ticks: [0, 5, 10] });
  });

  it('takes five steps when the value falls exactly on the fifth', () => {
    expect(valueAxis(500)).toEqual({ max: 500, ticks: [0, 100, 200, 300, 400, 500] });
  });
});
