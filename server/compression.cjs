// @ts-check
// Content encoding: which one a client gets, and compressed bodies kept by content so that a
// page served a thousand times is compressed once (bench/RESULTS.md measured compressing
// per request at 60 % of the uncompressed rate).
const { promisify } = require('node:util');
const zlib = require('node:zlib');

/** @typedef {'br' | 'gzip'} Encoding */

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Bodies below this size gain less from compression than the header costs. */
const minimumSize = 1024;

const compressibleTypes =
  /^(text\/|application\/(json|javascript|xml|atom\+xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;

/** @param {string} contentType @param {number} size */
function isCompressible(contentType, size) {
  return size >= minimumSize && compressibleTypes.test(contentType);
}

/**
 * The encoding to send for an Accept-Encoding header: brotli, else gzip, else none. A coding
 * given `q=0` is refused; every other weight counts as wanted (no client sends finer ones
 * that would change the choice between these two).
 * @param {string | undefined} acceptEncoding
 * @returns {Encoding | null}
 */
function chooseEncoding(acceptEncoding) {
  const wanted = new Set();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...parameters] = part.split(';').map((s) => s.trim());
    const refused = parameters.some((p) => /^q=0(\.0*)?$/.test(p));
    if (name && !refused) wanted.add(name);
  }
  if (wanted.has('br')) return 'br';
  if (wanted.has('gzip')) return 'gzip';
  return null;
}

/**
 * Compresses off the main thread (zlib's thread pool). `lasting`: the bytes will be kept and
 * served many times, so worth a slower, smaller encoding; else fast settings for one reader.
 * @param {Buffer} body @param {Encoding} encoding @param {boolean} lasting
 * @returns {Promise<Buffer>}
 */
function compress(body, encoding, lasting) {
  if (encoding === 'gzip') return gzip(body, { level: lasting ? 9 : 6 });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: lasting ? 9 : 5,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/**
 * Compressed bodies by content hash and encoding, least recently used dropped first once
 * they pass `maxBytes`. A body is the same bytes whatever revision or address it was sent
 * from, so its hash is the key: nothing here can go stale.
 */
class CompressedBodies {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Promise<Buffer>>} */
    this.entries = new Map();
    /** @type {Map<string, number>} */
    this.sizes = new Map();
  }

  /**
   * `body` in `encoding`, compressed on the first request for it; requests that come while
   * it is being compressed wait for the same work.
   * @param {string} hash @param {Buffer} body @param {Encoding} encoding
   */
  get(hash, body, encoding) {
    const key = `${encoding} ${hash}`;
    const kept = this.entries.get(key);
    if (kept) {
      // Re-inserted to mark it recently used: a Map iterates in insertion order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const made = compress(body, encoding, true);
    this.entries.set(key, made);
    made.then(
      (bytes) => this.#counted(key, bytes.length),
      () => this.entries.delete(key),
    );
    return made;
  }

  /** @param {string} key @param {number} size */
  #counted(key, size) {
    if (!this.entries.has(key)) return;
    this.sizes.set(key, size);
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      if (!this.sizes.has(oldest)) continue;
      this.bytes -= this.sizes.get(oldest) ?? 0;
      this.sizes.delete(oldest);
      this.entries.delete(oldest);
    }
  }
}

module.exports = { chooseEncoding, compress, isCompressible, CompressedBodies };
