import { describe, expect, it } from 'vitest';
import { sharedLifetime } from './cache-rules.cjs';

describe('the shared lifetime', () => {
  it('is a minute fresh and a minute stale unless the environment says otherwise', () => {
    expect(sharedLifetime({})).toEqual({ sharedMaxAge: 60, staleWhileRevalidate: 60 });
    expect(sharedLifetime({ HTTP_SHARED_MAX_AGE: '5', HTTP_STALE_WHILE_REVALIDATE: '0' })).toEqual({
      sharedMaxAge: 5,
      staleWhileRevalidate: 0,
    });
  });

  it('refuses a lifetime that is not whole seconds up to an hour', () => {
    for (const value of ['-1', '1.5', 'a minute', '3601']) {
      expect(() => sharedLifetime({ HTTP_SHARED_MAX_AGE: value })).toThrow(/whole seconds/);
    }
  });
});
