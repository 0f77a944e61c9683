import { describe, expect, it } from 'vitest';
import { headcountScopes } from '../dataset/vocabulary';
import { scopeMarks } from './scope-marks';

describe('scope marks', () => {
  it('draws every scope with a line style and a mark shape of its own where they share a chart', () => {
    const charted = headcountScopes.filter((s) => s !== 'other' && s !== 'local_staff');
    expect(new Set(charted.map((s) => scopeMarks[s].dash)).size).toBe(charted.length);
    expect(new Set(headcountScopes.map((s) => scopeMarks[s].path)).size).toBe(
      headcountScopes.length,
    );
    for (const scope of headcountScopes) expect(scopeMarks[scope].path).toMatch(/^M[\d. MLHVAZ]+$/);
  });
});
