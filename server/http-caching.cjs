// @ts-check
// Wraps the app's request handler with the HTTP caching rules (server/cache-rules.cjs): every
// response is held until the app has finished it, then sent with its Cache-Control, an ETag
// and a 304 for a request that already has it, compressed for the client (server/compression.cjs).
const { createHash } = require('node:crypto');
const { cacheControlFor, isEditorRequest, responseClass } = require('./cache-rules.cjs');
const { chooseEncoding, compress, isCompressible, CompressedBodies } = require('./compression.cjs');

/**
 * A weak validator from the body's bytes: equal bodies, equal ETags, whatever process, build
 * or revision sent them, and any change of data, build or day that changes the bytes changes
 * it. Weak because the compressed and plain bodies share it (they mean the same thing).
 * @param {Buffer} body
 */
function etagOf(body) {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

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

/**
 * Holds what the app writes to `response` and hands it to `finish` once the app ends it; the
 * response's own methods are given back before `finish` runs.
 * @param {import('node:http').ServerResponse} response
 * @param {(body: Buffer) => void} finish
 */
function holdResponse(response, finish) {
  /** @type {Buffer[]} */
  const chunks = [];
  /** @param {unknown} chunk @param {unknown} encoding */
  const take = (chunk, encoding) => {
    if (typeof chunk === 'string') {
      chunks.push(Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding ?? 'utf8')));
    } else if (chunk instanceof Uint8Array) {
      chunks.push(asBuffer(chunk));
    }
  };
  /** @param {unknown[]} args @returns {(() => void) | undefined} */
  const callbackOf = (args) =>
    /** @type {(() => void) | undefined} */ (args.find((arg) => typeof arg === 'function'));
  const held = {
    /** @param {number} status @param {unknown[]} rest */
    writeHead(status, ...rest) {
      response.statusCode = status;
      if (typeof rest[0] === 'string') response.statusMessage = rest[0];
      const headers = rest.find((arg) => arg && typeof arg === 'object');
      const pairs = Array.isArray(headers)
        ? headers.flatMap((value, i) => (i % 2 ? [] : [[value, headers[i + 1]]]))
        : Object.entries(headers ?? {});
      for (const [name, value] of pairs) response.setHeader(name, value);
      return response;
    },
    flushHeaders() {},
    /** @param {unknown} chunk @param {unknown} [encoding] @param {unknown} [callback] */
    write(chunk, encoding, callback) {
      take(chunk, typeof encoding === 'string' ? encoding : undefined);
      const done = callbackOf([encoding, callback]);
      if (done) process.nextTick(done);
      return true;
    },
    /** @param {unknown} [chunk] @param {unknown} [encoding] @param {unknown} [callback] */
    end(chunk, encoding, callback) {
      take(chunk, typeof encoding === 'string' ? encoding : undefined);
      for (const name of Object.keys(held)) Reflect.deleteProperty(response, name);
      const done = callbackOf([chunk, encoding, callback]);
      if (done) response.once('finish', done);
      finish(Buffer.concat(chunks));
      return response;
    },
  };
  Object.assign(response, held);
}

/**
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} handle
 * @param {{ lifetime: import('./cache-rules.cjs').Lifetime, compressedBytes: number }} options
 */
function withHttpCaching(handle, { lifetime, compressedBytes }) {
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

    const lasting = kind === 'shared' || kind === 'immutable';
    const hash = lasting ? etagOf(body) : null;
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

    const contentType = String(response.getHeader('content-type') ?? '');
    const compressible =
      !response.hasHeader('content-encoding') && isCompressible(contentType, body.length);
    setVary(response, { page: pageTypes.test(contentType), compressible });
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
   * @param {import('node:http').ServerResponse} response
   */
  return function serve(request, response) {
    // The app answers HEAD with headers alone; asked as GET, it gives the body the ETag and
    // the length are taken from, and only the headers are sent.
    const headOnly = request.method === 'HEAD';
    if (headOnly) request.method = 'GET';
    holdResponse(response, (body) => {
      send(request, response, headOnly, body).catch((error) => {
        console.error('Could not send a response:', error);
        response.destroy();
      });
    });
    return handle(request, response);
  };
}

/**
 * @param {import('node:http').ServerResponse} response @param {boolean} headOnly @param {Buffer} body
 */
function sendBody(response, headOnly, body) {
  if (!passedThrough.has(response.statusCode)) response.setHeader('Content-Length', body.length);
  response.end(headOnly ? undefined : body);
}

module.exports = { withHttpCaching, etagOf, matches };
