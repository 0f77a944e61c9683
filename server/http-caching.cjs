// @ts-check
// Wraps the app's request handler with the HTTP caching rules (server/cache-rules.cjs): every
// response is held until the app has finished it, then sent with its Cache-Control, an ETag
// and a 304 for a request that already has it, compressed for the client (server/compression.cjs).
const http = require('node:http');
const { tagOf } = require('./body-tags.cjs');
const { cacheControlFor, isEditorRequest, responseClass } = require('./cache-rules.cjs');
const { chooseEncoding, compress, isCompressible, CompressedBodies } = require('./compression.cjs');

/**
 * Whether If-None-Match names `etag` (weak comparison, as RFC 9110 asks for this header).
 * @param {string | undefined} ifNoneMatch @param {string} etag
 */
function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

// Next.js names its router's request headers in Vary on every response; only a page's answer
// depends on them (HTML, or its React Server Components payload for client navigation).
const pageTypes = /^text\/(html|x-component)/;

/**
 * The response's Vary: the router's headers on pages, Accept-Encoding where the body may be
 * compressed, nothing more, so that a shared cache keeps as few copies as are needed.
 * @param {import('node:http').ServerResponse} response
 * @param {{ page: boolean, compressible: boolean }} varies
 */
function setVary(response, { page, compressible }) {
  const names = page
    ? String(response.getHeader('vary') ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name && name.toLowerCase() !== 'accept-encoding')
    : [];
  if (compressible) names.push('Accept-Encoding');
  if (names.length) response.setHeader('Vary', names.join(', '));
  else response.removeHeader('vary');
}

/** A view of the bytes, not a copy. @param {Uint8Array} bytes */
function asBuffer(bytes) {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// Statuses whose body the app sends as it is: nothing to validate or compress.
const passedThrough = new Set([101, 204, 206, 304]);

/** @param {unknown[]} args @returns {(() => void) | undefined} */
const callbackOf = (args) =>
  /** @type {(() => void) | undefined} */ (args.find((arg) => typeof arg === 'function'));

/**
 * A response that holds what the app writes until the app ends it, then hands the body to
 * `onHeld` and behaves as a plain response again. A class of its own (http.createServer's
 * ServerResponse option) rather than methods patched onto each response: V8 keeps responses
 * of one shape fast, and patching and unpatching an object slows every later access to it.
 */
class HeldResponse extends http.ServerResponse {
  held = true;
  /** @type {Buffer[]} */
  chunks = [];
  /** @type {(body: Buffer) => void} */
  onHeld = () => {};

  /** @param {unknown} chunk @param {unknown} encoding */
  #take(chunk, encoding) {
    if (typeof chunk === 'string') {
      const named = typeof encoding === 'string' ? encoding : 'utf8';
      this.chunks.push(Buffer.from(chunk, /** @type {BufferEncoding} */ (named)));
    } else if (chunk instanceof Uint8Array) {
      this.chunks.push(asBuffer(chunk));
    }
  }

  /** @param {number} status @param {any[]} rest */
  writeHead(status, ...rest) {
    if (!this.held) return super.writeHead(status, ...rest);
    this.statusCode = status;
    if (typeof rest[0] === 'string') this.statusMessage = rest[0];
    const headers = rest.find((arg) => arg && typeof arg === 'object');
    const pairs = Array.isArray(headers)
      ? headers.flatMap((value, i) => (i % 2 ? [] : [[value, headers[i + 1]]]))
      : Object.entries(headers ?? {});
    for (const [name, value] of pairs) this.setHeader(name, value);
    return this;
  }

  flushHeaders() {
    if (!this.held) super.flushHeaders();
  }

  /** @param {any} chunk @param {any} [encoding] @param {any} [callback] */
  write(chunk, encoding, callback) {
    if (!this.held) return super.write(chunk, encoding, callback);
    this.#take(chunk, encoding);
    const done = callbackOf([encoding, callback]);
    if (done) process.nextTick(done);
    return true;
  }

  /** @param {any} [chunk] @param {any} [encoding] @param {any} [callback] */
  end(chunk, encoding, callback) {
    if (!this.held) return super.end(chunk, encoding, callback);
    this.#take(chunk, encoding);
    this.held = false;
    const done = callbackOf([chunk, encoding, callback]);
    if (done) this.once('finish', done);
    // One chunk is passed on as the object it is: a page from the page cache keeps its tag.
    const { chunks } = this;
    this.onHeld(chunks.length === 1 ? /** @type {Buffer} */ (chunks[0]) : Buffer.concat(chunks));
    return this;
  }
}

/**
 * An HTTP server that answers with `handle` under the caching rules.
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} handle
 * @param {{ lifetime: import('./cache-rules.cjs').Lifetime, compressedBytes: number }} options
 */
function createCachingServer(handle, { lifetime, compressedBytes }) {
  const compressed = new CompressedBodies(compressedBytes);

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {boolean} headOnly
   * @param {Buffer} body
   */
  async function send(request, response, headOnly, body) {
    const status = response.statusCode;
    if (passedThrough.has(status)) return sendBody(response, headOnly, body);
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    const own = String(response.getHeader('cache-control') ?? '');
    const kind = responseClass(
      { method: request.method ?? 'GET', pathname, editor: isEditorRequest(request) },
      { status, cacheControl: own, setsCookie: response.hasHeader('set-cookie') },
    );
    response.setHeader('Cache-Control', cacheControlFor(kind, own, lifetime));

    // Vary before a 304: it must name what the full answer varies by (RFC 9110, 15.4.5).
    const contentType = String(response.getHeader('content-type') ?? '');
    const compressible =
      !response.hasHeader('content-encoding') && isCompressible(contentType, body.length);
    setVary(response, { page: pageTypes.test(contentType), compressible });

    const lasting = kind === 'shared' || kind === 'immutable';
    const hash = lasting ? tagOf(body) : null;
    if (hash && status === 200) {
      response.setHeader('ETag', hash);
      if (matches(request.headers['if-none-match'], hash)) {
        response.statusCode = 304;
        for (const name of ['content-length', 'content-type', 'content-encoding']) {
          response.removeHeader(name);
        }
        return response.end();
      }
    } else {
      response.removeHeader('etag');
    }

    if (!compressible) return sendBody(response, headOnly, body);
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (!encoding) return sendBody(response, headOnly, body);
    try {
      const encoded = hash
        ? await compressed.get(hash, body, encoding)
        : await compress(body, encoding, false);
      response.setHeader('Content-Encoding', encoding);
      sendBody(response, headOnly, encoded);
    } catch {
      sendBody(response, headOnly, body);
    }
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {HeldResponse} response
   */
  function serve(request, response) {
    // The app answers HEAD with headers alone; asked as GET, it gives the body the ETag and
    // the length are taken from, and only the headers are sent.
    const headOnly = request.method === 'HEAD';
    if (headOnly) request.method = 'GET';
    response.onHeld = (body) => {
      send(request, response, headOnly, body).catch((error) => {
        console.error('Could not send a response:', error);
        response.destroy();
      });
    };
    return handle(request, response);
  }

  return http.createServer({ ServerResponse: HeldResponse }, serve);
}

/**
 * @param {import('node:http').ServerResponse} response @param {boolean} headOnly @param {Buffer} body
 */
function sendBody(response, headOnly, body) {
  if (!passedThrough.has(response.statusCode)) response.setHeader('Content-Length', body.length);
  response.end(headOnly ? undefined : body);
}

module.exports = { createCachingServer };
