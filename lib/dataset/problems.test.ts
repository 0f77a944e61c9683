import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';

describe('formatProblem', () => {
  it('shows a value of up to 80 characters whole, and cuts a longer one', () => {
    const problem = (value: string) =>
      formatProblem({ file: 'f.csv', line: 2, column: 'note', value, message: 'too long' });
    expect(problem('x'.repeat(80))).toBe(`f.csv:2:note: "${'x'.repeat(80)}": too long`);
    expect(problem('x'.repeat(81))).toBe(`f.csv:2:note: "${'x'.repeat(80)}…": too long`);
  });

  it('leaves out the column and value a problem of the whole file does not have', () => {
    expect(formatProblem({ file: 'f.csv', line: 1, message: 'the file is empty' })).toBe(
      'f.csv:1: the file is empty',
    );
  });
});
