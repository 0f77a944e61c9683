import { describe, expect, it } from 'vitest';
import { etagOf, rememberTag, tagOf } from './body-tags.cjs';

describe('body tags', () => {
  it('are weak, from the bytes: equal bytes, equal tags; other bytes, another tag', () => {
    expect(etagOf(Buffer.from('a page'))).toMatch(/^W\/"[\w-]{27}"$/);
    expect(etagOf(Buffer.from('a page'))).toBe(etagOf(new Uint8Array(Buffer.from('a page'))));
    expect(etagOf(Buffer.from('a page'))).not.toBe(etagOf(Buffer.from('a Page')));
  });

  it('are remembered for a kept body object, and computed for any other', () => {
    const kept = Buffer.from('<html>kept</html>');
    rememberTag(kept);
    const copy = Buffer.from(kept);
    expect(tagOf(copy)).toBe(etagOf(kept));
    // A kept body is never written to; writing to it here shows the tag is looked up, not
    // hashed again (and that only the object, not equal bytes, finds it).
    kept.write('X', 1);
    expect(tagOf(kept)).toBe(etagOf(copy));
    expect(tagOf(Buffer.from(kept))).not.toBe(etagOf(copy));
  });
});
