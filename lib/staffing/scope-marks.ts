import type { HeadcountScope } from '../dataset/vocabulary';

/**
 * How each scope is drawn, so that scopes sharing a chart stay apart: a line style and a
 * mark shape of its own (colour says whose staff). Paths are in a 10×10 box.
 */
export const scopeMarks: Record<HeadcountScope, { dash: string | undefined; path: string }> = {
  total_staff: { dash: undefined, path: 'M5 1 A4 4 0 1 1 4.99 1 Z' },
  nationals: { dash: '7 4', path: 'M1.5 1.5 H8.5 V8.5 H1.5 Z' },
  diplomats: { dash: '2 3', path: 'M5 0.8 L9.2 8.8 H0.8 Z' },
  ceiling: { dash: '10 3 2 3', path: 'M5 0.5 L9.5 5 L5 9.5 L0.5 5 Z' },
  local_staff: { dash: '1 4', path: 'M1 5 H9 M5 1 V9' },
  other: { dash: '1 4', path: 'M1 1 L9 9 M9 1 L1 9' },
};
