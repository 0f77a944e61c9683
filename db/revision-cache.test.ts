import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scriptPolicyFor } from '@/lib/content-security-policy.js';
import { RevisionCache } from './revision-cache.cjs';

describe('RevisionCache', () => {
  it('serves a value only at the revision it was made at', () => {
    const cache = new RevisionCache<string>(10);
    cache.set('/', 'page at 3', 3);
    expect(cache.get('/', 3)).toEqual({ value: 'page at 3' });
    expect(cache.get('/', 4)).toBeUndefined();
    // A stale value is dropped, not kept for an older revision.
    expect(cache.get('/', 3)).toBeUndefined();
  });

  it('lets the least recently used value go first when full', () => {
    const cache = new RevisionCache<number>(2);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.get('a', 0);
    cache.set('c', 3, 0);
    expect([cache.get('a', 0), cache.get('b', 0), cache.get('c', 0)]).toEqual([
      { value: 1 },
      undefined,
      { value: 3 },
    ]);
  });

  it('drops the values picked, and only those', () => {
    const cache = new RevisionCache<{ tags: string[] }>(10);
    cache.set('/', { tags: ['home'] }, 0);
    cache.set('/events', { tags: ['events'] }, 0);
    cache.deleteWhere((page) => page.tags.includes('home'));
    expect(cache.get('/', 0)).toBeUndefined();
    expect(cache.get('/events', 0)).toBeDefined();
  });
});

describe('scriptPolicyFor', () => {
  it('allows exactly the inline scripts of the page, by hash, and none with a src', () => {
    const hash = (body: string) => createHash('sha256').update(body).digest('base64');
    const html = '<script>a()</script><script src="/x.js"></script><script id="d">b()</script>';
    expect(scriptPolicyFor(html)).toBe(
      `script-src 'self' 'sha256-${hash('a()')}' 'sha256-${hash('b()')}'`,
    );
    expect(scriptPolicyFor('<p>no scripts</p>')).toBe("script-src 'self'");
  });
});
