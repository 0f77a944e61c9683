import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compress, isCompressible, CompressedBodies } from './compression.cjs';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours a refusal', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.000, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.01')).toBe('br');
    expect(chooseEncoding('BR;Q=0.0, GZIP;q=0')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('isCompressible', () => {
  it('takes text of at least a kilobyte, never images or archives', () => {
    expect(isCompressible('text/html; charset=utf-8', 1024)).toBe(true);
    expect(isCompressible('text/html', 1023)).toBe(false);
    for (const type of ['application/json', 'application/atom+xml', 'image/svg+xml', 'text/csv']) {
      expect(isCompressible(type, 5000), type).toBe(true);
    }
    for (const type of ['image/png', 'application/zip', '']) {
      expect(isCompressible(type, 5000), type).toBe(false);
    }
  });
});

describe('compress', () => {
  const body = Buffer.from('Embassy Moscow, consulates in St Petersburg. '.repeat(200));
  it('gives bodies that decode to the same bytes, in either encoding, for one reader or many', async () => {
    for (const lasting of [true, false]) {
      expect(zlib.gunzipSync(await compress(body, 'gzip', lasting)).equals(body)).toBe(true);
      expect(zlib.brotliDecompressSync(await compress(body, 'br', lasting)).equals(body)).toBe(
        true,
      );
    }
  });

  it('spends more on a body that will be kept (brotli 9, gzip 9) than on one for one reader', async () => {
    const text = Buffer.from(
      Array.from({ length: 3000 }, (_, i) => `${i}:${(i * 7919) % 1000} `).join(''),
    );
    expect((await compress(text, 'br', true)).length).toBeLessThan(
      (await compress(text, 'br', false)).length,
    );
    expect((await compress(text, 'gzip', true)).length).toBeLessThanOrEqual(
      (await compress(text, 'gzip', false)).length,
    );
  });
});

describe('CompressedBodies', () => {
  const body = (n: number) => Buffer.from(`${n} `.repeat(2000));
  it('compresses a body once however many ask, and keeps each encoding apart', async () => {
    const store = new CompressedBodies(1_000_000);
    const first = store.get('a', body(1), 'br');
    expect(store.get('a', body(1), 'br')).toBe(first);
    expect(store.get('a', body(1), 'gzip')).not.toBe(first);
    expect(zlib.brotliDecompressSync(await first).equals(body(1))).toBe(true);
  });

  it('drops the least recently used once past its size, and counts what it keeps', async () => {
    const one = (await compress(body(1), 'br', true)).length;
    const store = new CompressedBodies(one * 2.5);
    await store.get('a', body(1), 'br');
    await store.get('b', body(2), 'br');
    const a = store.get('a', body(1), 'br'); // used again: now the newest
    await store.get('c', body(3), 'br');
    expect(store.get('a', body(1), 'br')).toBe(a);
    expect(store.entries.has('br b')).toBe(false);
    expect(store.bytes).toBeLessThanOrEqual(one * 2.5);
    expect(store.bytes).toBeGreaterThan(one);
  });
});
